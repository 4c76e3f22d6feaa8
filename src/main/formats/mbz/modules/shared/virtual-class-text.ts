import type { z } from 'zod';
import type { virtualClassScheduleSchema } from '../../../../../shared/domain/activity';

type Schedule = z.infer<typeof virtualClassScheduleSchema>;

const DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

const clock = (hours: string, minutes: string): string => `${hours} h ${minutes}`;

/** The date as written, in its own offset: no time zone is assumed for the reader. */
const dateText = (iso: string): string => {
  const m = ISO.exec(iso);
  if (m === null) return iso;
  const [, y, mo, d, h, mi, offset] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const weekday = DAYS[new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay()] ?? '';
  const zone = offset === 'Z' ? 'UTC' : `UTC${offset}`;
  return `${weekday} ${Number(d)} ${MONTHS[Number(mo) - 1] ?? mo} ${y} à ${clock(h, mi)} (${zone})`;
};

const durationText = (minutes: number): string => {
  if (minutes === 0) return 'durée non précisée';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `durée ${m} min`;
  return m === 0 ? `durée ${h} h` : `durée ${h} h ${String(m).padStart(2, '0')}`;
};

const scheduleText = (schedule: Schedule): string => {
  switch (schedule.kind) {
    case 'date':
      return dateText(schedule.at);
    case 'offset': {
      const [h = '00', mi = '00'] = schedule.time.split(':');
      return `J+${schedule.days} de la session à ${clock(h, mi)}`;
    }
    case 'unplanned':
      return 'date à venir';
  }
};

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The class of the paragraph a virtual class's description ends with. */
const CLASS = 'atelier-classe-virtuelle';

/**
 * The paragraph that tells participants on Moodle when the virtual class takes place and how
 * long it lasts (the `url` module has no date of its own): "Classe virtuelle : jeudi 12 mars
 * 2026 à 14 h 00 (UTC+01:00), durée 1 h."
 */
export const virtualClassParagraph = (schedule: Schedule, durationMinutes: number): string =>
  `<p class="${CLASS}">${escapeHtml(
    `Classe virtuelle : ${scheduleText(schedule)}, ${durationText(durationMinutes)}.`,
  )}</p>`;

const TRAILING = new RegExp(`<p class="${CLASS}">[^<]*</p>\\s*$`);

/** A description without the schedule paragraph `virtualClassParagraph` appended. */
export const withoutVirtualClassParagraph = (html: string): string => html.replace(TRAILING, '');
