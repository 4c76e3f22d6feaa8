import type { Activity } from '../../../../shared/domain/activity';
import type { XmlNode } from '../../moodle-xml/xml-node';
import type { FileArea } from '../mbz-files';
import type { ModuleCodec, ModuleReadContext, ModuleWriteContext } from '../mbz-module';
import { FOREIGN_FILES, foreignFilesOf, type ForeignFile } from './shared/foreign-payload';
import { isXmlNode, moduleSourceOf } from './shared/module-source';

/*
 * A module the model does not know (lesson, subsection, questionnaire, any plugin), kept whole
 * and written back unchanged.
 *
 * Who keeps what. The container keeps the instance element (this codec maps no field, so every
 * field but name and intro stays in `moodle.instance`), the folder's other files (calendar,
 * grading…), its grade items and role overrides, and the intro's HTML (an intro left unedited
 * is written as imported). This codec keeps the files of the module's context, which nobody
 * else writes back, in `moodle.foreignFiles` (`ForeignFile`), and adds them again on write.
 *
 * Ids. The instance id, the module's context and the file and grade item ids are the
 * container's: the instance element gets `ctx.instanceId`, files are added in `ctx.contextId`.
 * Every other id inside the instance element (a lesson's pages and answers, which `jumpto`,
 * `nextpageid` and the files' `itemid`s point at) is kept: no codec can know which fields of an
 * unknown module hold ids, and renumbering some would break the others. Kept ids are the source
 * site's database ids, unique within one backup; they could only clash with the same records of
 * another foreign module of the same type imported from another backup into the same parcours
 * (restore then refuses the second): `foreignRecordIds` lets the container check that.
 *
 * Not byte for byte: the XML is rebuilt from the parsed tree (same elements and values,
 * indentation aside); the name is the activity's title.
 */

type Foreign = Extract<Activity, { type: 'foreign' }>;

const areaOf = (contextId: number, f: Omit<FileArea, 'contextId'>): FileArea => ({
  contextId,
  component: f.component,
  fileArea: f.fileArea,
  itemId: f.itemId,
});

/** The files of the module's context as media; one the backup lacks is reported. */
const readFiles = (ctx: ModuleReadContext): ForeignFile[] =>
  ctx.folder.files
    .filter((r) => r.fileName !== '.')
    .flatMap((r) => {
      const mediaId = ctx.mediaOf(areaOf(ctx.contextId, r), r.filePath, r.fileName);
      if (mediaId === null) {
        ctx.note(
          `Fichier ${r.filePath}${r.fileName} absent de la sauvegarde : il n'est pas conservé.`,
          `File ${r.filePath}${r.fileName} is missing from the backup: it is not kept.`,
        );
        return [];
      }
      return [
        {
          component: r.component,
          fileArea: r.fileArea,
          itemId: r.itemId,
          filePath: r.filePath,
          fileName: r.fileName,
          mediaId,
          author: r.author,
          license: r.license,
          sortOrder: r.sortOrder,
        },
      ];
    });

/** Adds the files again, sub-folders' directory records first; returns every record id. */
const writeFiles = (files: readonly ForeignFile[], ctx: ModuleWriteContext): number[] => {
  const ids = new Set<number>();
  for (const f of files) {
    const area = areaOf(ctx.contextId, f);
    if (f.filePath !== '/') ctx.files.addDirectory(area, f.filePath);
    const meta = { author: f.author, license: f.license, sortOrder: f.sortOrder };
    ctx.files.add(area, f.mediaId, f.fileName, f.filePath, meta);
    for (const id of ctx.files.idsOf(area)) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
};

/** Every record id (`id` attribute) inside a foreign module's kept instance, by element name. */
export const foreignRecordIds = (activity: Foreign): Map<string, string[]> => {
  const out = new Map<string, string[]>();
  const walk = (name: string, value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) walk(name, v);
      return;
    }
    if (!isXmlNode(value)) return;
    const id = value['@_id'];
    if (typeof id === 'string' || typeof id === 'number') {
      out.set(name, [...(out.get(name) ?? []), String(id)]);
    }
    for (const [key, child] of Object.entries(value)) if (!key.startsWith('@_')) walk(key, child);
  };
  const instance = moduleSourceOf(activity.moodle).instance ?? {};
  for (const [key, child] of Object.entries(instance)) walk(key, child);
  return out;
};

/**
 * A module the model does not know ⇄ its whole folder. `moduleName` is `*`: the container
 * writes the activity's own `moduleName` and picks this codec for any module no other reads.
 */
export const foreignCodec: ModuleCodec<'foreign'> = {
  type: 'foreign',
  moduleName: '*',
  write(activity, ctx) {
    const kept: XmlNode = moduleSourceOf(activity.moodle).instance ?? {};
    return {
      instance: { ...kept, '@_id': ctx.instanceId, name: activity.title },
      fileIds: writeFiles(foreignFilesOf(activity.moodle), ctx),
    };
  },
  read(ctx) {
    const files = readFiles(ctx);
    return files.length === 0 ? {} : { moodle: { [FOREIGN_FILES]: files } };
  },
};
