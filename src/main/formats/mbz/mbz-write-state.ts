import type { Media } from '../../../shared/domain/media';
import type { MbzFiles } from './mbz-files';
import type { MbzIds } from './mbz-ids';
import type { MbzXmlFile, ModuleWriteContext } from './mbz-module';
import type { MbzPlan } from './mbz-plan';
import { buildMbzXml } from './mbz-xml';
import type { MoodleTarget } from './moodle-target';
import type { RoleRegistry } from './role-registry';

/** One file of the backup being written. */
export interface MbzEntry {
  path: string;
  content: string;
}

/** Something the export did otherwise than the document says, for its report. */
export interface MbzWriteWarning {
  /** The item: `course`, a section's or an activity's title. */
  where: string;
  messageFr: string;
  messageEn: string;
}

/** What every part of the writer shares while one backup is written. */
export interface MbzWriteState {
  target: MoodleTarget;
  time: number;
  ids: MbzIds;
  files: MbzFiles;
  roles: RoleRegistry;
  plan: MbzPlan;
  gradeCategoryId: number;
  media: (mediaId: string) => Media | undefined;
  bank: ModuleWriteContext['bank'];
  /**
   * The question categories written in a context (a quiz's own, `top` included): a quiz's
   * inforef must list them, or restore drops them and their questions without a word.
   */
  categoriesInContext: (contextId: number) => number[];
  /** Categories with their parents up to `top`, as Moodle lists them in an inforef. */
  withParentCategories: (ids: readonly number[]) => number[];
  warn: (where: string, messageFr: string, messageEn: string) => void;
}

/** A backup file from its folder and its XML. */
export const xmlEntry = (folder: string, file: MbzXmlFile): MbzEntry => ({
  path: folder === '' ? file.name : `${folder}/${file.name}`,
  content: buildMbzXml(file.root, file.tree),
});

/** `inforef.xml` from the ids it lists (empty kinds left out, as Moodle does). */
export const inforefFile = (refs: {
  roles?: readonly number[];
  files?: readonly number[];
  gradeItems?: readonly number[];
  questionCategories?: readonly number[];
}): MbzXmlFile => {
  const tree: Record<string, unknown> = {};
  const list = (outer: string, inner: string, ids: readonly number[] | undefined): void => {
    if (ids !== undefined && ids.length > 0) tree[outer] = { [inner]: ids.map((id) => ({ id })) };
  };
  list('roleref', 'role', refs.roles);
  list('fileref', 'file', refs.files);
  list('grade_itemref', 'grade_item', refs.gradeItems);
  list('question_categoryref', 'question_category', refs.questionCategories);
  return { name: 'inforef.xml', root: 'inforef', tree };
};
