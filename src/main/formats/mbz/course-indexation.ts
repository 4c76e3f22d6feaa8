import { z } from 'zod';
import { indexationSchema, type Indexation } from '../../../shared/domain/indexation';
import { parcoursSchema, type Parcours } from '../../../shared/domain/parcours';
import { parcoursStatusSchema } from '../../../shared/domain/parcours-status';
import { htmlElement, unescapeHtml, type HtmlChild } from './html-element';
import { formatMinutes } from './atelier-meta';

/** What the course summary block carries exactly (the vignette is the course image). */
const blockSchema = z.object({
  v: z.literal(1),
  declaredHours: parcoursSchema.shape.declaredHours,
  version: parcoursSchema.shape.version,
  status: parcoursStatusSchema,
  indexation: indexationSchema.omit({ vignetteMediaId: true }),
});
/** The parcours fields the course summary block keeps. */
export type IndexationBlock = Pick<Parcours, 'declaredHours' | 'version' | 'status'> & {
  indexation: Omit<Indexation, 'vignetteMediaId'>;
};

/**
 * A comparable key of what the block would say (the vignette aside: it is the course image).
 * Key order follows the schema, so the same values give the same key.
 */
export const ficheKey = (p: IndexationBlock): string => {
  const { vignetteMediaId: _vignette, ...indexation } = p.indexation as Indexation;
  return JSON.stringify([p.declaredHours, p.version, p.status, indexation]);
};

const COLLECTION_LABELS: Record<string, string> = {
  action: 'Action',
  analyse: 'Analyse',
  autoformation: 'Autoformation',
  decouverte: 'Découverte',
  reseau: 'Réseau',
  simulation: 'Simulation',
  qualification: 'Qualification',
  'volet-distant': 'Volet distant',
  'espace-collaboratif': 'Espace collaboratif',
};

const line = (label: string, value: string): HtmlChild[] =>
  value.trim() === ''
    ? []
    : [htmlElement('p', {}, [htmlElement('strong', {}, [`${label} :`]), ` ${value}`])];

const duration = (p: IndexationBlock): string => {
  const { tempsDistanceMinutes: d, tempsPresenceMinutes: pr } = p.indexation;
  const parts = [
    d === null ? '' : `${formatMinutes(d)} à distance`,
    pr === null ? '' : `${formatMinutes(pr)} en présence`,
  ].filter((s) => s !== '');
  const hours = `${String(p.declaredHours).replace('.', ',')} h`;
  return parts.length === 0 ? hours : `${hours} (${parts.join(', ')})`;
};

/**
 * The indexation block Atelier puts in the course summary: a readable fiche (objectif, durée,
 * publics…) in a `<div class="atelier-indexation">` whose `data-atelier-parcours` attribute
 * holds the exact values as JSON. A restore keeps the summary on every site, custom fields or
 * not, so this is the form that always survives (`course-custom-fields.ts` is the other one).
 */
export const indexationBlockHtml = (p: IndexationBlock): string => {
  const ix = p.indexation;
  const data: z.infer<typeof blockSchema> = {
    v: 1,
    declaredHours: p.declaredHours,
    version: p.version,
    status: p.status,
    indexation: blockSchema.shape.indexation.parse(ix),
  };
  return htmlElement(
    'div',
    { class: 'atelier-indexation', 'data-atelier-parcours': JSON.stringify(data) },
    [
      ...line('Objectif', ix.objectif),
      ...line('Durée', duration(p)),
      ...line('Public', ix.publics.join(', ')),
      ...line('Collection', ix.collection === null ? '' : (COLLECTION_LABELS[ix.collection] ?? '')),
      ...line('Domaine', ix.domaine),
      ...line('Mots-clés', ix.motsCles.join(', ')),
      ...line('Accompagnement', ix.accompagnement),
      ...line('Rythme', ix.rythme),
      ...line('Auteurs', ix.auteurs.join(', ')),
      ...line('Validé par', ix.validePar),
      ...line('Origine', ix.origine),
      ...line('Version', p.version),
      ...line('Notes de version', ix.notesDeVersion),
    ],
  ).html;
};

const BLOCK = /<div\b[^>]*\bdata-atelier-parcours="([^"]*)"[^>]*>[\s\S]*?<\/div>/i;

/**
 * Finds the indexation block in a course summary: its values (null when absent or not valid)
 * and the summary without it.
 */
export const extractIndexationBlock = (
  html: string,
): { block: IndexationBlock | null; html: string } => {
  const match = BLOCK.exec(html);
  if (match === null) return { block: null, html };
  let data: unknown;
  try {
    data = JSON.parse(unescapeHtml(match[1] ?? ''));
  } catch {
    return { block: null, html };
  }
  const parsed = blockSchema.safeParse(data);
  if (!parsed.success) return { block: null, html };
  const { declaredHours, version, status, indexation } = parsed.data;
  const rest = html.slice(0, match.index) + html.slice(match.index + match[0].length);
  return { block: { declaredHours, version, status, indexation }, html: rest };
};
