import { activitySchema, type Activity } from '../../../src/shared/domain/activity';
import { parcoursSchema } from '../../../src/shared/domain/parcours';
import { sectionSchema } from '../../../src/shared/domain/section';
import type { MediaReader, ParcoursDocument } from '../../../src/main/formats/parcours-document';
import { sampleBank } from './sample-bank';
import { memoryMediaReader } from './sample-media';
import {
  CAPTIONS,
  PDF,
  PNG,
  VIDEO,
  captions,
  image,
  pdf,
  richText,
  video,
} from './sample-rich-text';

const activity = (value: Record<string, unknown>): Activity => activitySchema.parse(value);

/** A parcours of three sections holding every activity type, a full bank and four media. */
export const sampleDocument = (): { doc: ParcoursDocument; reader: MediaReader } => {
  const bank = sampleBank();
  const [first, second] = bank.questions;
  const firstCategory = bank.categories[0];
  if (!first || !second || !firstCategory) throw new Error('sample bank is empty');
  const parcours = parcoursSchema.parse({
    id: 'p-1',
    title: 'Évaluer pour faire apprendre',
    shortName: 'EVAL-2025',
    declaredHours: 9,
    version: '1.2',
    indexation: {
      objectif: 'Construire des évaluations\nau service des apprentissages.',
      collection: 'action',
      publics: ['Professeurs des écoles'],
      motsCles: ['évaluation', 'cycle 3'],
      vignetteMediaId: image.id,
      auteurs: ['Équipe départementale'],
      tempsDistanceMinutes: 360,
      tempsPresenceMinutes: 180,
    },
    moodle: { format: 'topics', options: { numsections: '3', hiddensections: 0 } },
  });
  const sections = [
    {
      section: sectionSchema.parse({
        id: 's-1',
        title: 'Accueil & présentation',
        summary: richText('Bienvenue'),
        phase: { kind: 'week', week: 1 },
      }),
      activities: [
        activity({
          id: 'a-1',
          type: 'label',
          title: 'Présentation',
          variant: 'presentation',
          content: richText('Présentation'),
        }),
        activity({
          id: 'a-2',
          type: 'page',
          title: 'Lire la démarche',
          content: richText('Démarche'),
          estimatedMinutes: 20,
        }),
        activity({
          id: 'a-3',
          type: 'url',
          title: 'Éduscol',
          url: 'https://eduscol.education.fr/',
          display: 'new-window',
        }),
        activity({ id: 'a-4', type: 'file', title: 'Guide (PDF)', mediaId: pdf.id }),
        activity({ id: 'a-5', type: 'forum', title: 'Forum des questions', forumType: 'qanda' }),
        activity({
          id: 'a-6',
          type: 'label',
          title: 'Note aux formateurs',
          variant: 'note-formateurs',
          content: richText('Note'),
          visibleTo: ['formateur', 'tuteur'],
        }),
      ],
    },
    {
      section: sectionSchema.parse({
        id: 's-2',
        title: 'Séquence 1 — Évaluer, c’est quoi ?',
        modality: 'distance-sync',
      }),
      activities: [
        activity({
          id: 'a-7',
          type: 'quiz',
          title: 'Quiz : positionnement',
          purpose: 'positioning',
          slots: [
            { id: 'sl-1', page: 1, maxMark: 2, question: { kind: 'fixed', questionId: first.id } },
            { id: 'sl-2', page: 1, question: { kind: 'fixed', questionId: second.id } },
            {
              id: 'sl-3',
              page: 2,
              question: { kind: 'random', categoryId: firstCategory.id, tags: ['cycle3'] },
            },
          ],
          overallFeedback: [{ minGradePercent: 50, text: { text: '<p>Bravo !</p>' } }],
        }),
        activity({
          id: 'a-8',
          type: 'feedback',
          title: 'Questionnaire final',
          purpose: 'final-survey',
          items: [
            { id: 'f-1', type: 'info' },
            { id: 'f-2', type: 'label', html: '<p>Merci !</p>' },
            { id: 'f-3', type: 'multichoice', name: 'Utile ?', options: ['Oui', 'Non'] },
            {
              id: 'f-4',
              type: 'multichoicerated',
              name: 'Note',
              options: [
                { value: 1, text: 'Peu' },
                { value: 5, text: 'Très' },
              ],
            },
            { id: 'f-5', type: 'numeric', name: 'Heures', min: 0, max: 40 },
            { id: 'f-6', type: 'textfield', name: 'Académie' },
            { id: 'f-7', type: 'pagebreak' },
            {
              id: 'f-8',
              type: 'textarea',
              name: 'Pourquoi ?',
              dependItemId: 'f-3',
              dependValue: 'Non',
            },
          ],
        }),
        activity({ id: 'a-9', type: 'wiki', title: 'Wiki de la classe', wikiMode: 'individual' }),
        activity({ id: 'a-10', type: 'glossary', title: 'Glossaire', displayFormat: 'full' }),
        activity({
          id: 'a-11',
          type: 'assignment',
          title: 'Devoir',
          fileSubmission: true,
          dueOffsetDays: 14,
          gradeToPass: 10,
        }),
      ],
    },
    {
      section: sectionSchema.parse({
        id: 's-3',
        title: 'Accueil & présentation',
        modality: 'presentiel',
        phase: { kind: 'offset', days: 21 },
      }),
      activities: [
        activity({
          id: 'a-12',
          type: 'virtualClass',
          title: 'Classe virtuelle',
          schedule: { kind: 'offset', days: 7, time: '17:30' },
        }),
        activity({
          id: 'a-13',
          type: 'logbook',
          title: 'Carnet de bord',
          prompts: richText('Questions'),
        }),
        activity({
          id: 'a-14',
          type: 'choice',
          title: 'Sondage',
          options: ['Mardi', 'Jeudi'],
          allowMultiple: true,
        }),
        activity({
          id: 'a-15',
          type: 'book',
          title: 'Livre : la démarche',
          chapters: [
            { id: 'c-1', title: 'Étape 1', content: richText('Étape 1') },
            { id: 'c-2', title: 'Étape 1 bis', subchapter: true, content: richText('Bis') },
          ],
        }),
        activity({
          id: 'a-16',
          type: 'foreign',
          title: 'Atelier H5P',
          moduleName: 'hvp',
          moodle: {
            name: 'hvp',
            json_content: '{"a":1}',
            list: [1, 'deux', null, true, { x: 1.5 }],
          },
        }),
        activity({
          id: 'a-17',
          type: 'page',
          title: '???',
          content: richText('Sans titre lisible'),
        }),
      ],
    },
  ];
  const all = [image, video, captions, pdf, ...bank.media.map((m) => m.media)];
  const bytes = new Map<string, Uint8Array>([
    [image.id, PNG],
    [video.id, VIDEO],
    [captions.id, CAPTIONS],
    [pdf.id, PDF],
    ...bank.media.map((m) => [m.media.id, m.bytes] as const),
  ]);
  const doc: ParcoursDocument = {
    parcours,
    sections,
    bank: { categories: bank.categories, questions: bank.questions },
    media: all.sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
  return { doc, reader: memoryMediaReader(bytes) };
};
