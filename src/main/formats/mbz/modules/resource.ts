import { z } from 'zod';
import type { Activity } from '../../../../shared/domain/activity';
import type { FileArea } from '../mbz-files';
import type { ModuleCodec, ModuleWriteContext } from '../mbz-module';
import { mbz } from '../mbz-tree';
import { importedField, newInstanceFields } from '../new-instance-fields';
import { phpSerialize } from '../php-serialized';
import { keptDisplay, RESOURCELIB } from '../resourcelib-display';
import { viewOnlyCompletion } from '../view-completion';

type FileDisplay = Extract<Activity, { type: 'file' }>['display'];

const WRITTEN: Record<FileDisplay, number> = {
  auto: RESOURCELIB.auto,
  embed: RESOURCELIB.embed,
  download: RESOURCELIB.download,
  'new-window': RESOURCELIB.new,
};

const readDisplay = (value: number): FileDisplay => {
  if (value === RESOURCELIB.embed || value === RESOURCELIB.frame) return 'embed';
  if (value === RESOURCELIB.download) return 'download';
  if (value === RESOURCELIB.new || value === RESOURCELIB.popup) return 'new-window';
  return 'auto';
};

const keptFile = z.object({
  mediaId: z.string(),
  filePath: z.string(),
  fileName: z.string(),
  // Absent: the file carries its medium's credits.
  author: z.string().nullable().optional(),
  license: z.string().nullable().optional(),
});

/** The files of a resource as imported: the main one's name, and the others (kept whole). */
const keptSchema = z.object({ main: keptFile.optional(), others: z.array(keptFile).default([]) });

const kept = (moodle: Activity['moodle']) =>
  keptSchema.safeParse(moodle?.['resource'] ?? {}).data ?? { others: [] };

const areaOf = (ctx: { contextId: number }): FileArea => ({
  contextId: ctx.contextId,
  component: 'mod_resource',
  fileArea: 'content',
  itemId: 0,
});

const writeFiles = (activity: Extract<Activity, { type: 'file' }>, ctx: ModuleWriteContext) => {
  const area = areaOf(ctx);
  const { main, others } = kept(activity.moodle);
  if (activity.mediaId === null) {
    ctx.note(
      'Ressource sans fichier : à compléter dans Moodle.',
      'Resource without a file: to add in Moodle.',
    );
  } else {
    const same = main?.mediaId === activity.mediaId ? main : undefined;
    // Without credits of its own, the file carries the medium's (MbzFiles.add).
    ctx.files.add(area, activity.mediaId, same?.fileName, same?.filePath ?? '/', {
      sortOrder: 1,
      ...(same?.author === undefined ? {} : { author: same.author }),
      ...(same?.license === undefined ? {} : { license: same.license }),
    });
  }
  for (const f of others) {
    if (f.filePath !== '/') ctx.files.addDirectory(area, f.filePath);
    ctx.files.add(area, f.mediaId, f.fileName, f.filePath, {
      ...(f.author === undefined ? {} : { author: f.author }),
      ...(f.license === undefined ? {} : { license: f.license }),
    });
  }
  return ctx.files.idsOf(area);
};

/**
 * A file ⇄ `mod_resource`: the medium is the main file of `mod_resource/content` (sortorder 1),
 * under its imported name while it is the same medium; an imported resource's other files
 * (an HTML page's images…) are kept and written back. Display as for a url.
 */
export const resourceCodec: ModuleCodec<'file'> = {
  type: 'file',
  moduleName: 'resource',
  mapped: [],
  write(activity, ctx) {
    const display = keptDisplay(
      importedField(activity.moodle, 'display'),
      activity.display,
      readDisplay,
      WRITTEN[activity.display],
    );
    return {
      instance: {
        ...newInstanceFields(activity.moodle, {
          tobemigrated: 0,
          legacyfiles: 0,
          legacyfileslast: null,
        }),
        display,
        ...newInstanceFields(activity.moodle, {
          displayoptions: phpSerialize({ printintro: 0, showsize: 1, showtype: 1 }),
          filterfiles: 0,
          revision: 1,
        }),
        timemodified: ctx.time,
      },
      fileIds: writeFiles(activity, ctx),
      moduleFields: viewOnlyCompletion(activity.completion, ctx),
    };
  },
  read(ctx) {
    const records = ctx.folder.files.filter(
      (r) => r.component === 'mod_resource' && r.fileArea === 'content' && r.fileName !== '.',
    );
    const resolved = records.flatMap((r) => {
      const mediaId = ctx.mediaOf(areaOf(ctx), r.filePath, r.fileName);
      return mediaId === null
        ? []
        : [{ mediaId, filePath: r.filePath, fileName: r.fileName, sortOrder: r.sortOrder }];
    });
    const main = resolved.find((r) => r.sortOrder > 0) ?? resolved[0];
    if (main === undefined) {
      ctx.note(
        'Fichier de la ressource absent de la sauvegarde.',
        'The resource file is missing from the backup.',
      );
    }
    const others = resolved.filter((r) => r !== main).map(({ sortOrder: _, ...f }) => f);
    return {
      mediaId: main?.mediaId ?? null,
      display: readDisplay(mbz.int(ctx.instance, 'display', RESOURCELIB.auto)),
      moodle: {
        resource: {
          ...(main === undefined
            ? {}
            : {
                main: { mediaId: main.mediaId, filePath: main.filePath, fileName: main.fileName },
              }),
          others,
        },
      },
    };
  },
};
