import { collectionSchema, type Indexation } from '../../../shared/domain/indexation';
import type { XmlNode } from '../moodle-xml/xml-node';
import { htmlElement } from './html-element';
import type { IndexationBlock } from './course-indexation';
import { mbz } from './mbz-tree';
import type { MoodleTarget } from './moodle-target';

type Text = 'objectif' | 'domaine' | 'accompagnement' | 'rythme' | 'validePar' | 'origine';

/**
 * The course custom fields Atelier writes (shortname → indexation field). Restore fills a field
 * only where the target site defines one with that shortname and type (docs/mbz.md lists them
 * for administrators); elsewhere it is skipped silently and the summary block keeps the values.
 */
export const CUSTOM_FIELDS = {
  atelier_objectif: { field: 'objectif', type: 'textarea' },
  atelier_collection: { field: 'collection', type: 'text' },
  atelier_publics: { field: 'publics', type: 'text' },
  atelier_domaine: { field: 'domaine', type: 'text' },
  atelier_motscles: { field: 'motsCles', type: 'text' },
  atelier_accompagnement: { field: 'accompagnement', type: 'text' },
  atelier_rythme: { field: 'rythme', type: 'text' },
  atelier_auteurs: { field: 'auteurs', type: 'text' },
  atelier_validepar: { field: 'validePar', type: 'text' },
  atelier_origine: { field: 'origine', type: 'text' },
  atelier_temps_distance: { field: 'tempsDistanceMinutes', type: 'text' },
  atelier_temps_presence: { field: 'tempsPresenceMinutes', type: 'text' },
  atelier_duree: { field: 'declaredHours', type: 'text' },
  atelier_version: { field: 'version', type: 'text' },
} as const;
type Shortname = keyof typeof CUSTOM_FIELDS;

const LIST_SEPARATOR = ', ';

const valueOf = (p: IndexationBlock, shortname: Shortname): string => {
  const ix = p.indexation;
  const { field } = CUSTOM_FIELDS[shortname];
  switch (field) {
    case 'objectif':
      return ix.objectif
        .split(/\n+/)
        .filter((l) => l.trim() !== '')
        .map((l) => htmlElement('p', {}, [l]).html)
        .join('');
    case 'collection':
      return ix.collection ?? '';
    case 'publics':
    case 'motsCles':
    case 'auteurs':
      return ix[field].join(LIST_SEPARATOR);
    case 'tempsDistanceMinutes':
    case 'tempsPresenceMinutes':
      return ix[field] === null ? '' : String(ix[field]);
    case 'declaredHours':
    case 'version':
      return String(p[field]);
    default:
      return ix[field];
  }
};

/** `course.xml`'s `<customfield>` elements for the parcours (empty values left out). */
export const customFieldsXml = (
  p: IndexationBlock,
  target: MoodleTarget,
  firstId: number,
): XmlNode[] =>
  (Object.keys(CUSTOM_FIELDS) as Shortname[])
    .map((shortname) => ({ shortname, value: valueOf(p, shortname) }))
    .filter(({ value }) => value !== '')
    .map(({ shortname, value }, i) => ({
      '@_id': firstId + i,
      shortname,
      type: CUSTOM_FIELDS[shortname].type,
      value,
      valueformat: CUSTOM_FIELDS[shortname].type === 'textarea' ? 1 : 0,
      ...(target === '4.5' ? { valuetrust: 0 } : {}),
    }));

const plain = (html: string): string =>
  html
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .trim();

/**
 * The indexation a course's Atelier custom fields give (used when its summary lost the block):
 * lists split on ", ", so a value holding ", " comes back split (the block is exact).
 */
export const indexationFromCustomFields = (
  fields: readonly XmlNode[],
): { indexation: Partial<Indexation>; declaredHours?: number; version?: string } | null => {
  const out: Partial<Indexation> = {};
  const extra: { declaredHours?: number; version?: string } = {};
  let found = false;
  for (const node of fields) {
    const shortname = mbz.str(node, 'shortname');
    if (!(shortname in CUSTOM_FIELDS)) continue;
    found = true;
    const value = mbz.str(node, 'value');
    const { field } = CUSTOM_FIELDS[shortname as Shortname];
    const n = Number(value);
    if (field === 'objectif') out.objectif = plain(value);
    else if (field === 'collection')
      out.collection = collectionSchema.safeParse(value).data ?? null;
    else if (field === 'publics' || field === 'motsCles' || field === 'auteurs')
      out[field] = value === '' ? [] : value.split(LIST_SEPARATOR);
    else if (field === 'tempsDistanceMinutes' || field === 'tempsPresenceMinutes')
      out[field] = value !== '' && Number.isInteger(n) && n >= 0 ? n : null;
    else if (field === 'declaredHours')
      extra.declaredHours = Number.isFinite(n) && n > 0 ? n : undefined;
    else if (field === 'version') extra.version = /^\d+\.\d+$/.test(value) ? value : undefined;
    else out[field as Text] = value;
  }
  return found ? { indexation: out, ...extra } : null;
};
