import type { Activity } from '../../../shared/domain/activity';
import type { Section } from '../../../shared/domain/section';
import type { ParcoursDocument } from '../parcours-document';
import type { MbzIds } from './mbz-ids';
import type { ModuleCodec } from './mbz-module';
import { codecForActivity, moduleNameOf } from './module-names';

/** An activity's place in the backup being written. */
export interface ActivityPlan {
  activity: Activity;
  codec: ModuleCodec;
  moduleName: string;
  cmid: number;
  instanceId: number;
  contextId: number;
  /** `activities/page_3` */
  directory: string;
}

/** A section's place in the backup being written. */
export interface SectionPlan {
  section: Section;
  id: number;
  number: number;
  directory: string;
  activities: ActivityPlan[];
}

/** Every id of the backup's structure, allocated in outline order before anything is written. */
export interface MbzPlan {
  courseId: number;
  courseContextId: number;
  sections: SectionPlan[];
  /** The cmid of each written activity, by activity id (availability conditions use it). */
  cmidOf: ReadonlyMap<string, number>;
  /** Activities no codec writes, left out of the backup. */
  skipped: Activity[];
}

/**
 * Allocates the course, its context, then per section in outline order the section id and,
 * for each of its activities, the cmid, instance id (per module) and module context.
 */
export const planMbz = (
  doc: ParcoursDocument,
  codecs: readonly ModuleCodec[],
  ids: MbzIds,
): MbzPlan => {
  ids.next('context'); // 1: the system context
  const courseId = ids.next('course', 2);
  const courseContextId = ids.next('context');
  const cmidOf = new Map<string, number>();
  const skipped: Activity[] = [];
  const sections = doc.sections.map(({ section, activities }, number): SectionPlan => {
    const id = ids.next('section');
    const planned: ActivityPlan[] = [];
    for (const activity of activities) {
      const codec = codecForActivity(codecs, activity);
      if (codec === null) {
        skipped.push(activity);
        continue;
      }
      const moduleName = moduleNameOf(activity, codec);
      const cmid = ids.next('cm');
      cmidOf.set(activity.id, cmid);
      planned.push({
        activity,
        codec,
        moduleName,
        cmid,
        instanceId: ids.next(`instance:${moduleName}`),
        contextId: ids.next('context'),
        directory: `activities/${moduleName}_${cmid}`,
      });
    }
    return { section, id, number, directory: `sections/section_${id}`, activities: planned };
  });
  return { courseId, courseContextId, sections, cmidOf, skipped };
};
