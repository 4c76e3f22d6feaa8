import { activitySchema, type Activity } from '../../../shared/domain/activity';
import type { XmlNode } from '../moodle-xml/xml-node';
import { extractMeta } from './atelier-meta';
import { LEGACY_NOTE, withoutLegacyAvailability } from './legacy-availability';
import { remapAvailability } from './availability';
import { completionOf } from './completion-fields';
import type { MbzFolder } from './mbz-folder';
import type { MbzMediaRegistry } from './mbz-media-registry';
import type { ModuleCodec, ModuleReadContext } from './mbz-module';
import type { MbzReportEntry } from './mbz-report';
import { mbzSource } from './mbz-source';
import { mbz } from './mbz-tree';
import { createMoodleHtml, type HtmlMemo } from './moodle-html';
import type { MoodleHtmlReader } from './moodle-html-read';
import { codecForModule } from './module-names';
import { readActivityFolder, type RoleOfId } from './read-activity-folder';
import { visibleToFrom } from './role-visibility';

/** `module.xml` fields the container maps or rebuilds; the others are kept in the source. */
const MODULE_MAPPED = [
  'modulename',
  'sectionid',
  'sectionnumber',
  'added',
  'visible',
  'visibleold',
  'completion',
  'completiongradeitemnumber',
  'completionpassgrade',
  'completionview',
];
/** Instance fields the container maps. */
const INSTANCE_MAPPED = ['name', 'intro', 'introformat'];

/** What reading one activity needs from the backup being read. */
export interface ActivityReadInput {
  folder: MbzFolder;
  directory: string;
  moduleName: string;
  id: string;
  /** Its section is hidden: the module's own visibility is then `visibleold`. */
  sectionHidden: boolean;
  codecs: readonly ModuleCodec[];
  registry: MbzMediaRegistry;
  reader: MoodleHtmlReader;
  entry: MbzReportEntry;
  roleOf: RoleOfId;
  activityOfCm: (cmid: number) => string | undefined;
  bank: ModuleReadContext['bank'];
  newId: () => string;
}

const omit = (node: XmlNode, keys: readonly string[]): XmlNode =>
  Object.fromEntries(
    Object.entries(node).filter(([k]) => !keys.includes(k) && !k.startsWith('@_')),
  );

/**
 * An activity of `activities/<mod>_<cmid>/`: the codec chosen by Atelier's type mark, else by
 * module name (else the foreign codec) reads its own fields; the container reads the title,
 * intro, the meta line (time, modality, type, variant, roles), completion and visibility, and
 * keeps in the `moodle` source what neither maps. Returns null when the activity is refused.
 */
export const readActivity = (input: ActivityReadInput): Activity | null => {
  const { entry, moduleName } = input;
  const read = readActivityFolder(
    input.folder,
    input.directory,
    moduleName,
    input.registry,
    input.roleOf,
  );
  if (Object.keys(read.module).length === 0 || Object.keys(read.activity).length === 0) {
    entry.done(
      'refused',
      `Fichiers module.xml ou ${moduleName}.xml absents de ${input.directory}.`,
      `module.xml or ${moduleName}.xml is missing from ${input.directory}.`,
    );
    return null;
  }
  const raw = mbz.child(read.activity, moduleName);
  const { meta, html: introHtml } = extractMeta(mbz.str(raw, 'intro'));
  const instance: XmlNode = { ...raw, intro: introHtml };
  const codec = codecForModule(input.codecs, moduleName, meta?.type);
  if (codec === null) {
    entry.done(
      'refused',
      `Aucun lecteur pour le module « ${moduleName} ».`,
      `No reader for module "${moduleName}".`,
    );
    return null;
  }
  const contextId = Number(mbz.attr(read.activity, 'contextid'));
  const memo: HtmlMemo = {};
  const html = createMoodleHtml({
    read: {
      reader: input.reader,
      resolve: (area, path, file) => input.registry.resolve(area, path, file),
      note: entry.note,
      onImage: (id, alt) => {
        input.registry.describe(id, alt);
      },
    },
    memo,
  });
  const ctx: ModuleReadContext = {
    module: read.module,
    instance,
    folder: read.raw,
    contextId,
    html,
    mediaOf: (area, path, file) => input.registry.resolve(area, path, file)?.mediaId ?? null,
    bank: input.bank,
    note: entry.note,
    newId: input.newId,
  };
  const own = codec.read(ctx) as Record<string, unknown>;
  const introArea = { contextId, component: `mod_${moduleName}`, fileArea: 'intro', itemId: 0 };
  const intro =
    'intro' in own || introHtml.trim() === ''
      ? null
      : html.readText(introHtml, mbz.int(raw, 'introformat', 1), introArea);
  const legacy = withoutLegacyAvailability(read.module);
  if (legacy.restricted) entry.note(LEGACY_NOTE.fr, LEGACY_NOTE.en);
  const module = omit(legacy.node, MODULE_MAPPED);
  module['availability'] = remapAvailability(
    mbz.text(read.module, 'availability'),
    (cm) => (typeof cm === 'number' ? input.activityOfCm(cm) : undefined),
    (what) => {
      entry.note(
        `Condition d’accès retirée (activité absente de la sauvegarde : ${what}).`,
        `Access condition removed (activity not in the backup: ${what}).`,
      );
    },
  );
  const visible = mbz.int(read.module, input.sectionHidden ? 'visibleold' : 'visible', 1) !== 0;
  const container = {
    module,
    instance: omit(instance, [...INSTANCE_MAPPED, ...(codec.mapped ?? [])]),
    ...(read.kept.length === 0 ? {} : { files: read.kept }),
    ...(read.overrides.length === 0 ? {} : { overrides: read.overrides }),
    ...(read.raw.gradeItems.length === 0 ? {} : { gradeItems: read.raw.gradeItems }),
    html: memo,
  };
  const codecSource = mbz.isNode(own['moodle']) ? own['moodle'] : {};
  const parsed = activitySchema.safeParse({
    id: input.id,
    title: mbz.str(raw, 'name').trim().slice(0, 255) || moduleName,
    intro,
    estimatedMinutes: meta?.minutes ?? null,
    modality: meta?.modality ?? null,
    completion: completionOf(read.module),
    visibleTo: visibleToFrom(visible, read.prevented, meta?.roles, true),
    ...(codec.type === 'label' && meta?.variant !== undefined ? { variant: meta.variant } : {}),
    ...(codec.type === 'foreign' ? { moduleName } : {}),
    ...own,
    type: codec.type,
    moodle: mbzSource.store({ ...container, ...codecSource }),
  });
  if (!parsed.success) {
    entry.done(
      'refused',
      `Activité illisible pour Atelier : ${parsed.error.issues[0]?.message ?? ''}`,
      `Activity Atelier cannot read: ${parsed.error.issues[0]?.message ?? ''}`,
    );
    return null;
  }
  if (codec.type === 'foreign') {
    entry.done(
      'opaque',
      `Module « ${moduleName} » inconnu d’Atelier : gardé tel quel, réécrit à l’identique à l’export.`,
      `Module "${moduleName}" unknown to Atelier: kept whole, written back unchanged on export.`,
    );
  } else {
    entry.done(
      'mapped',
      `Repris comme activité « ${codec.type} ».`,
      `Mapped to a "${codec.type}" activity.`,
    );
  }
  return parsed.data;
};
