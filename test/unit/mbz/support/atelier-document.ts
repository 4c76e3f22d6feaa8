import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { activitySchema, type Activity } from '../../../../src/shared/domain/activity';
import type { Media } from '../../../../src/shared/domain/media';
import { parcoursSchema } from '../../../../src/shared/domain/parcours';
import type { RichText, RichTextNode } from '../../../../src/shared/domain/rich-text';
import { sectionSchema } from '../../../../src/shared/domain/section';
import { editorExtensions } from '../../../../src/shared/editor/editor-extensions';
import type { ParcoursDocument } from '../../../../src/main/formats/parcours-document';
import { REF_45 } from './read-reference';

const schema = getSchema(editorExtensions());

/** A document as the editor stores it (default attributes filled in). */
export const editorDoc = (...content: RichTextNode[]): RichText =>
  ProseMirrorNode.fromJSON(schema, { type: 'doc', content }).toJSON() as RichText;

const text = (t: string, marks?: RichTextNode['marks']): RichTextNode => ({
  type: 'text',
  text: t,
  ...(marks ? { marks } : {}),
});
const p = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const image = (media: Media, alt: string): RichTextNode => ({
  type: 'image',
  attrs: { mediaId: media.id, alt, decorative: alt === '' },
});

/** A medium made of a reference blob's bytes (so a backup written from it can be read back). */
const blobMedia = (hash: string, name: string, mime: string, kind: Media['kind']) => {
  const path = `${REF_45}/files/${hash.slice(0, 2)}/${hash}`;
  const bytes = readFileSync(path);
  const media: Media = {
    id: createHash('sha256').update(bytes).digest('hex'),
    name,
    mime,
    kind,
    sizeBytes: bytes.length,
    width: null,
    height: null,
    alt: '',
    decorative: false,
    captionsMediaId: null,
    hasThumbnail: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    author: '',
    licence: '',
  };
  return { media, path, sha1: hash };
};

export const MEDIA = {
  schema: blobMedia(
    'a61bdb1c0627d427d660986604feb12c730a9d24',
    'schéma-démarche.png',
    'image/png',
    'image',
  ),
  illustration: blobMedia(
    'fb2d34cfa0757652ee9ad034e1883231606c7ece',
    'illustration (évaluation).png',
    'image/png',
    'image',
  ),
  vignette: blobMedia(
    '8f56bb30c622c2b2855bdb95cfb99636e9fb483b',
    'vignette.png',
    'image/png',
    'image',
  ),
  guide: blobMedia(
    'c524603cf4e7a27aa42f21d486f06e6225546351',
    'guide du participant.pdf',
    'application/pdf',
    'pdf',
  ),
};

const activity = (fields: Record<string, unknown>): Activity => activitySchema.parse(fields);

/**
 * A parcours made in Atelier with every activity type this suite owns: images in summaries,
 * descriptions, pages and chapters; estimated times, modalities, phases; a trainer-only label
 * (hidden), a label for one trainer role (hidden + overrides), a section for trainers only.
 */
export const atelierDocument = (): ParcoursDocument => {
  const { schema: s, illustration, vignette, guide } = MEDIA;
  const table: RichTextNode = {
    type: 'table',
    content: [
      {
        type: 'tableRow',
        content: [
          { type: 'tableHeader', content: [p(text('Type'))] },
          { type: 'tableHeader', content: [p(text('Fonction'))] },
        ],
      },
      {
        type: 'tableRow',
        content: [
          { type: 'tableCell', content: [p(text('Formative'))] },
          { type: 'tableCell', content: [p(text('Réguler'))] },
        ],
      },
    ],
  };
  const parcours = parcoursSchema.parse({
    id: 'parcours-1',
    title: 'Évaluer « pour » apprendre 😀',
    shortName: 'EVAL-1',
    declaredHours: 6,
    status: 'relecture',
    version: '1.1',
    indexation: {
      objectif: 'Concevoir une évaluation formative.',
      collection: 'action',
      publics: ['Professeurs des écoles'],
      motsCles: ['évaluation', 'rétroaction'],
      auteurs: ['Équipe académique'],
      vignetteMediaId: vignette.media.id,
      tempsDistanceMinutes: 180,
      tempsPresenceMinutes: 180,
    },
  });
  const sections = [
    {
      section: sectionSchema.parse({
        id: 's-accueil',
        title: 'Accueil',
        summary: editorDoc(
          p(text('Bienvenue : '), text('objectifs', [{ type: 'bold' }])),
          image(s.media, 'Schéma de la démarche'),
        ),
        phase: { kind: 'week', week: 1 },
      }),
      activities: [
        activity({
          id: 'a-presentation',
          type: 'label',
          title: 'Présentation',
          variant: 'presentation',
          content: editorDoc(p(text('📌 Calendrier — ouverture le 1er septembre')), table),
        }),
        activity({
          id: 'a-note',
          type: 'label',
          title: 'Note aux formateurs',
          variant: 'note-formateurs',
          visibleTo: ['formateur', 'tuteur', 'concepteur'],
          content: editorDoc(
            p(text('Ouvrir la salle 15 min avant.')),
            image(illustration.media, ''),
          ),
        }),
        activity({
          id: 'a-formateur',
          type: 'label',
          title: 'Pour les formateurs seulement',
          visibleTo: ['formateur'],
          content: editorDoc(p(text('Relancer les absents.'))),
        }),
      ],
    },
    {
      section: sectionSchema.parse({
        id: 's-1',
        title: 'Séquence 1 — Découvrir',
        modality: 'presentiel',
        phase: { kind: 'offset', days: 10 },
      }),
      activities: [
        activity({
          id: 'a-page',
          type: 'page',
          title: "Qu'est-ce qu'évaluer ?",
          intro: editorDoc(p(text('Lecture & réflexion.'))),
          estimatedMinutes: 20,
          completion: 'viewed',
          content: editorDoc(
            { type: 'heading', attrs: { level: 3 }, content: [text('Évaluer, c’est…')] },
            p(text('« Évaluer » signifie ', [{ type: 'italic' }]), text('juger')),
            table,
            image(illustration.media, 'Illustration : évaluation'),
          ),
        }),
        activity({
          id: 'a-url',
          type: 'url',
          title: 'Éduscol',
          url: 'https://eduscol.education.fr/?a=1&b=2',
          display: 'new-window',
          modality: 'distance-sync',
          estimatedMinutes: 15,
        }),
        activity({
          id: 'a-file',
          type: 'file',
          title: 'Guide du participant (PDF)',
          mediaId: guide.media.id,
          display: 'download',
          completion: 'viewed',
        }),
        activity({
          id: 'a-book',
          type: 'book',
          title: 'Livret',
          estimatedMinutes: 45,
          chapters: [
            {
              id: 'c1',
              title: 'Chapitre 1 : la rétroaction',
              content: editorDoc(p(text('La rétroaction est un levier.')), image(s.media, '')),
            },
            {
              id: 'c2',
              title: 'Exemples',
              subchapter: true,
              content: editorDoc(p(text('Exemples de commentaires.'))),
            },
            { id: 'c3', title: 'Chapitre 2', content: editorDoc(p(text('Auto-évaluation.'))) },
          ],
        }),
      ],
    },
    {
      section: sectionSchema.parse({
        id: 's-formateurs',
        title: 'Espace formateurs',
        visibleTo: ['formateur', 'tuteur'],
      }),
      activities: [
        activity({
          id: 'a-consignes',
          type: 'page',
          title: 'Consignes',
          content: editorDoc(p(text('Pour animer.'))),
        }),
      ],
    },
  ];
  const media = Object.values(MEDIA)
    .map((m) => m.media)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return { parcours, sections, bank: { categories: [], questions: [] }, media };
};

/** The SHA-1 of the document's media. */
export const atelierSha1 = (mediaId: string): string =>
  Object.values(MEDIA).find((m) => m.media.id === mediaId)?.sha1 ?? '0'.repeat(40);

/** Where each medium's bytes are. */
export const atelierBlobPath = (mediaId: string): string =>
  Object.values(MEDIA).find((m) => m.media.id === mediaId)?.path ?? '';
