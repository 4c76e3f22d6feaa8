import { activityTypeSchema, labelVariantSchema } from '../../../shared/domain/activity';
import type { ActivityType, LabelVariant } from '../../../shared/domain/activity';
import { modalitySchema, type Modality } from '../../../shared/domain/modality';
import { ALL_ROLES, roleSchema, type Role } from '../../../shared/domain/role';
import type { Section } from '../../../shared/domain/section';
import { htmlElement } from './html-element';

/**
 * What Atelier knows of a section or an activity that Moodle has no field for. It is written as
 * one short visible line at the top of the section summary or the activity description, so a
 * restore keeps it and a participant reads it ("Durée estimée : 20 min · En présentiel"); the
 * line's `data-atelier-meta` attribute holds the exact values, which the reader parses back.
 */
export interface ItemMeta {
  /** The Atelier type of an activity written as another module (a virtual class…). */
  type?: ActivityType;
  variant?: LabelVariant;
  minutes?: number;
  modality?: Modality;
  phase?: Section['phase'];
  /** Who sees the item, when not everyone: Moodle cannot say all of it (role-visibility.ts). */
  roles?: Role[];
}

const TYPE_LABELS: Partial<Record<ActivityType, string>> = {
  virtualClass: 'Classe virtuelle',
  logbook: 'Carnet de bord',
};
const VARIANT_LABELS: Record<LabelVariant, string> = {
  none: '',
  presentation: 'Présentation de la formation',
  'comment-reussir': 'Comment réussir',
  'activite-a-realiser': 'Activité à réaliser',
  'note-formateurs': 'Note aux formateurs',
  important: 'Important',
};
const MODALITY_LABELS: Record<Modality, string> = {
  'distance-async': 'À distance',
  'distance-sync': 'À distance, en direct',
  presentiel: 'En présentiel',
};
const ROLE_LABELS: Record<Role, string> = {
  participant: 'participants',
  formateur: 'formateurs',
  tuteur: 'tuteurs',
  concepteur: 'concepteurs',
};

/** "20 min", "1 h", "1 h 30". */
export const formatMinutes = (minutes: number): string => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
};

const visibleParts = (meta: ItemMeta): string[] => {
  const parts: string[] = [];
  if (meta.type !== undefined) parts.push(TYPE_LABELS[meta.type] ?? meta.type);
  if (meta.variant !== undefined && meta.variant !== 'none')
    parts.push(VARIANT_LABELS[meta.variant]);
  if (meta.phase?.kind === 'week') parts.push(`Semaine ${meta.phase.week}`);
  if (meta.phase?.kind === 'offset') parts.push(`Jour ${meta.phase.days}`);
  // "0 min" says nothing to a participant (an announcements forum, a label): kept in the data only.
  if (meta.minutes !== undefined && meta.minutes > 0)
    parts.push(`Durée estimée : ${formatMinutes(meta.minutes)}`);
  if (meta.modality !== undefined) parts.push(MODALITY_LABELS[meta.modality]);
  if (meta.roles !== undefined) {
    const who = meta.roles.map((r) => ROLE_LABELS[r]).join(', ');
    parts.push(`Visible par : ${who === '' ? 'personne' : who}`);
  }
  return parts;
};

const encode = (meta: ItemMeta): string => {
  const fields = ['v1'];
  if (meta.type !== undefined) fields.push(`type=${meta.type}`);
  if (meta.variant !== undefined && meta.variant !== 'none') fields.push(`variant=${meta.variant}`);
  if (meta.phase?.kind === 'week') fields.push(`phase=week:${meta.phase.week}`);
  if (meta.phase?.kind === 'offset') fields.push(`phase=offset:${meta.phase.days}`);
  if (meta.minutes !== undefined) fields.push(`min=${meta.minutes}`);
  if (meta.modality !== undefined) fields.push(`mod=${meta.modality}`);
  if (meta.roles !== undefined) fields.push(`roles=${meta.roles.join(',')}`);
  return fields.join(';');
};

/** The meta line's HTML, or `''` when there is nothing to say. */
export const metaHtml = (meta: ItemMeta): string => {
  const parts = visibleParts(meta);
  const data = encode(meta);
  if (parts.length === 0 && data === 'v1') return '';
  return htmlElement(
    'p',
    { class: 'atelier-meta', 'data-atelier-meta': data },
    parts.length === 0 ? [] : [htmlElement('small', {}, [parts.join(' · ')])],
  ).html;
};

const count = (text: string, max: number): number | undefined => {
  const n = /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
  return Number.isInteger(n) && n >= 0 && n <= max ? n : undefined;
};

const parsePhase = (value: string): Section['phase'] | undefined => {
  const [kind, n = ''] = value.split(':');
  if (kind === 'week') {
    const week = count(n, 520);
    return week !== undefined && week >= 1 ? { kind, week } : undefined;
  }
  const days = count(n, 3650);
  return kind === 'offset' && days !== undefined ? { kind, days } : undefined;
};

const decode = (value: string): ItemMeta | null => {
  const [version, ...fields] = value.split(';');
  if (version !== 'v1') return null;
  const meta: ItemMeta = {};
  for (const field of fields) {
    const at = field.indexOf('=');
    const key = field.slice(0, at);
    const v = field.slice(at + 1);
    if (key === 'type') meta.type = activityTypeSchema.safeParse(v).data;
    if (key === 'variant') meta.variant = labelVariantSchema.safeParse(v).data;
    if (key === 'phase') meta.phase = parsePhase(v);
    if (key === 'min') meta.minutes = count(v, 100_000);
    if (key === 'mod') meta.modality = modalitySchema.safeParse(v).data;
    if (key === 'roles') {
      const roles = v === '' ? [] : v.split(',').map((r) => roleSchema.safeParse(r).data);
      if (roles.every((r) => r !== undefined))
        meta.roles = ALL_ROLES.filter((r) => roles.includes(r));
    }
  }
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
};

const META_LINE = /<p\b[^>]*\bdata-atelier-meta="([^"]*)"[^>]*>[\s\S]*?<\/p>/i;

/**
 * Finds the meta line in a Moodle text and returns its values and the text without it; a text
 * without one (or with one of an unknown version) comes back unchanged with `meta: null`.
 */
export const extractMeta = (html: string): { meta: ItemMeta | null; html: string } => {
  const match = META_LINE.exec(html);
  if (match === null) return { meta: null, html };
  const meta = decode(match[1] ?? '');
  if (meta === null) return { meta: null, html };
  return { meta, html: html.slice(0, match.index) + html.slice(match.index + match[0].length) };
};
