import type { Activity } from '../../../../shared/domain/activity';
import type { ModuleCodec } from '../mbz-module';
import { mbz } from '../mbz-tree';
import { importedField, importedText, newInstanceFields } from '../new-instance-fields';
import { phpSerialize } from '../php-serialized';
import { keptDisplay, RESOURCELIB } from '../resourcelib-display';
import { viewOnlyCompletion } from '../view-completion';

type UrlDisplay = Extract<Activity, { type: 'url' }>['display'];

const WRITTEN: Record<UrlDisplay, number> = {
  auto: RESOURCELIB.auto,
  embed: RESOURCELIB.embed,
  open: RESOURCELIB.open,
  'new-window': RESOURCELIB.new,
};

/** Moodle's display → Atelier's: a frame is embedded, a pop-up a new window, download auto. */
const readDisplay = (value: number): UrlDisplay => {
  if (value === RESOURCELIB.embed || value === RESOURCELIB.frame) return 'embed';
  if (value === RESOURCELIB.open) return 'open';
  if (value === RESOURCELIB.new || value === RESOURCELIB.popup) return 'new-window';
  return 'auto';
};

/**
 * A link ⇄ `mod_url`: its address and display (automatic, embedded, in the page, in a new
 * window). An address Atelier refuses (not http or https) is written back as imported. An imported display Atelier has no value for (frame, pop-up) reads as the nearest
 * one and is written back as it was while that value is not changed.
 */
export const urlCodec: ModuleCodec<'url'> = {
  type: 'url',
  moduleName: 'url',
  mapped: [],
  write(activity, ctx) {
    if (activity.url === null) {
      ctx.note(
        'Lien sans adresse : à compléter dans Moodle.',
        'Link without an address: to fill in Moodle.',
      );
    }
    const display = keptDisplay(
      importedField(activity.moodle, 'display'),
      activity.display,
      readDisplay,
      WRITTEN[activity.display],
    );
    return {
      instance: {
        externalurl: activity.url ?? importedText(activity.moodle, 'externalurl'),
        display,
        ...newInstanceFields(activity.moodle, {
          displayoptions: phpSerialize({ printintro: 0 }),
          parameters: 'a:0:{}',
        }),
        timemodified: ctx.time,
      },
      fileIds: [],
      moduleFields: viewOnlyCompletion(activity.completion, ctx),
    };
  },
  read(ctx) {
    const url = mbz.str(ctx.instance, 'externalurl').trim();
    const valid = /^https?:\/\//i.test(url) && url.length <= 2048;
    if (!valid && url !== '') {
      ctx.note(
        `Adresse « ${url.slice(0, 80)} » hors http(s) : absente d’Atelier, réécrite telle quelle à l’export.`,
        `Address "${url.slice(0, 80)}" is not http(s): not in Atelier, written back as it is on export.`,
      );
    }
    const display = mbz.int(ctx.instance, 'display', RESOURCELIB.auto);
    if (display === RESOURCELIB.frame || display === RESOURCELIB.popup) {
      ctx.note(
        'Affichage « cadre » ou « pop-up » : lu comme l’affichage le plus proche.',
        'Display "frame" or "pop-up": read as the nearest display.',
      );
    }
    return { url: valid ? url : null, display: readDisplay(display) };
  },
};
