import {
  PREVIEW_MODEL_FORMAT,
  type PreviewMedia,
  type PreviewModel,
} from '../../../src/shared/preview/preview-model';
import { previewActivity as activity } from './preview-activity';
import { SAMPLE_QUESTIONS } from './sample-questions';

/** A 160×90 gradient (the vignette) and a 120×80 bar chart, as the core would inline them. */
const VIGNETTE_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAKAAAABaCAIAAACwpMoFAAABuUlEQVR42u3Rh1YIYBgA0N5AyCYiI6usnqoQskdmtPeeNFT2yObV+s75/rdwz7lvcCs2Nf0rmv9Wpot/wuZw6XfacvlX0fJza7ryI1SFq9/Ttmvfitb17en617Aj3PiSdt78XNz6tCvd/hh2hzsf0p6774t77/am+2/DvvDgTapuWyseru5Pj1bCgfD4dap5slw8XTqYni2GQ6F9IdU+f1W8eHk4dcyHI6FzLh3tmi26Z46lnulQF3qn0vG+yaJ/4kQaGA8nw+BYOjU0WgyPnE4jw6E+jA6lhrHBYnzgTJroD2fDZF86N9VbTPecTzPd4UKY7UqNc53FfEeFYMGCBQsWLFiwYMGCBQsWLFiwYMGCBQsWLFiwYMGCBQsWLFiwYMGCBQsWLFiwYMGCBQsWLFiwYMGCBQsWLFiwYMGCBQsWLFiwYMGCBQsWLFiwYMGCBQsWLFiwYMGCBQsWLFiwYMGCBQsWLFiwYMGCBQsWLFiwYMGCBQsWLFiwYMGCBQsWLFiwYMGCBQsWLFiwYMGCBQsWLFiwYMGCBQsWLFiwYMGCBQsWLFiwYMGCBQsWLFiwYMGCBQv+v4I3AIXRS6gt6bBUAAAAAElFTkSuQmCC';
const CHART_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAHgAAABQCAIAAABd+SbeAAAArklEQVR42u3QwQ2AIBAAwftaBH+r8WMddEcxUg2UAIbEhDibrWCi6ZMCAWjQAg0atECDFmjQoAUatECDBi3QoAUa9AaV+xgOGjRo0KBBgwYNGjRo0P+CTtezOGjQoEGDBg0aNGjQoEGDBg0aNGjQoEGDBg0aNGjQoEGDBg0aNGjQoF+Xz7o4aNCgQYMGDRo0aNCgQYMGDRo0aNCgQYMGDRo0aNCgQYMGDRo0aNAzdXn/5hBeFVN7AAAAAElFTkSuQmCC';

const VIGNETTE_ID = 'a'.repeat(64);
const CHART_ID = 'b'.repeat(64);
const GUIDE_ID = 'c'.repeat(64);

const media = (id: string, fields: Partial<PreviewMedia> & Pick<PreviewMedia, 'name' | 'url'>) =>
  [
    id,
    {
      mime: 'image/png',
      kind: 'image',
      sizeBytes: 512,
      alt: '',
      decorative: false,
      captionsMediaId: null,
      author: '',
      licence: '',
      ...fields,
    } satisfies PreviewMedia,
  ] as const;

const PAGE_HTML = [
  '<p>La formation dure <strong>3 heures</strong> sur quatre semaines :</p>',
  '<table><thead><tr><th>Semaine</th><th>Étape</th><th>Modalité</th></tr></thead><tbody>',
  '<tr><td>1</td><td>Accueil et apports</td><td>À distance</td></tr>',
  '<tr><td>2</td><td>Classe virtuelle</td><td>À distance, en direct</td></tr>',
  '<tr><td>3</td><td>Mise en pratique</td><td>En classe</td></tr>',
  '<tr><td>4</td><td>Bilan</td><td>À distance</td></tr>',
  '</tbody></table>',
  `<p><img src="${CHART_URL}" alt="Temps de travail par modalité : la pratique en classe est la plus longue." width="120" height="80"></p>`,
].join('');

/**
 * A realistic model of a 3-hour hybrid parcours, in French, for the preview site's tests and
 * screenshots: every role sees something different, and most activity types are there.
 */
export const samplePreviewModel = (): PreviewModel => ({
  format: PREVIEW_MODEL_FORMAT,
  generatedAt: '2025-03-14T09:30:00.000Z',
  parcours: {
    id: 'parcours-differencier',
    title: 'Différencier sa pédagogie au cycle 3',
    shortName: 'DIFF-C3',
    version: '1.2.0',
    status: 'relecture',
    declaredHours: 3,
    objectif: 'Concevoir une séance différenciée et l’analyser entre pairs.',
    publics: ['Professeurs des écoles', 'Professeurs de collège'],
    auteurs: ['Équipe académique du numérique'],
    tempsDistanceMinutes: 150,
    tempsPresenceMinutes: 30,
    vignetteMediaId: VIGNETTE_ID,
  },
  sections: [
    {
      id: 's-accueil',
      title: 'Accueil',
      summaryHtml: '<p>Bienvenue ! Commencez par découvrir le déroulé et votre groupe.</p>',
      modality: 'distance-async',
      phase: { kind: 'week', week: 1 },
      visibleTo: ['participant', 'formateur', 'tuteur', 'concepteur'],
      activities: [
        activity(
          { id: 'a-presentation', type: 'label', title: 'Présentation', variant: 'presentation' },
          {
            contentHtml:
              '<p>Ce parcours vous accompagne pour varier les chemins d’apprentissage de vos élèves.</p>',
          },
        ),
        activity(
          {
            id: 'a-note',
            type: 'label',
            title: 'Note aux formateurs',
            variant: 'note-formateurs',
            visibleTo: ['formateur', 'tuteur', 'concepteur'],
          },
          {
            contentHtml:
              '<p>Relancez par message les participants qui ne se sont pas présentés à la fin de la semaine 1.</p>',
          },
        ),
        activity(
          {
            id: 'a-deroule',
            type: 'page',
            title: 'Le déroulé de la formation',
            estimatedMinutes: 10,
            completion: 'viewed',
          },
          { introHtml: '<p>Les étapes, semaine par semaine.</p>', contentHtml: PAGE_HTML },
        ),
        activity(
          {
            id: 'a-forum',
            type: 'forum',
            title: 'Présentez-vous',
            forumType: 'qanda',
            estimatedMinutes: 15,
            completion: 'manual',
          },
          { introHtml: '<p>Dites en deux lignes qui vous êtes et ce que vous attendez.</p>' },
        ),
      ],
    },
    {
      id: 's-comprendre',
      title: 'Comprendre la différenciation',
      summaryHtml: '',
      modality: 'distance-async',
      phase: { kind: 'week', week: 1 },
      visibleTo: ['participant', 'formateur', 'tuteur', 'concepteur'],
      activities: [
        activity({
          id: 'a-livre',
          type: 'book',
          title: 'Différencier',
          estimatedMinutes: 30,
          completion: 'manual',
          chapters: [
            {
              id: 'ch-pourquoi',
              title: 'Pourquoi différencier ?',
              html: '<p>Dans une classe, les élèves n’apprennent ni au même rythme ni de la même façon.</p><p>Différencier, c’est <em>prévoir</em> plusieurs chemins vers un même objectif.</p>',
            },
            {
              id: 'ch-leviers',
              title: 'Les trois leviers',
              html: '<ul><li>Les contenus</li><li>Les processus</li><li>Les productions</li></ul>',
            },
          ],
        }),
        activity(
          {
            id: 'a-test',
            type: 'quiz',
            title: 'Vérifier ses acquis',
            estimatedMinutes: 20,
            completion: 'passing-grade',
            preferredBehaviour: 'immediatefeedback',
            maxGrade: 10,
            gradeToPass: 6,
            attempts: 2,
            slots: [
              { id: 'slot-1', page: 1, question: { kind: 'fixed', questionId: 'q-posture' } },
              { id: 'slot-2', page: 1, question: { kind: 'fixed', questionId: 'q-definition' } },
              { id: 'slot-3', page: 2, question: { kind: 'fixed', questionId: 'q-leviers' } },
              {
                id: 'slot-4',
                page: 2,
                question: { kind: 'random', categoryId: 'cat-revision' },
              },
            ],
            overallFeedback: [
              {
                minGradePercent: 60,
                text: { text: '<p>Bravo, vous pouvez passer à la suite.</p>' },
              },
              { minGradePercent: 0, text: { text: '<p>Relisez le livre, puis réessayez.</p>' } },
            ],
          },
          { introHtml: '<p>Quatre questions ; 6 sur 10 pour valider.</p>' },
        ),
        activity({
          id: 'a-glossaire',
          type: 'glossary',
          title: 'Lexique de la différenciation',
          displayFormat: 'encyclopedia',
        }),
      ],
    },
    {
      id: 's-classe-virtuelle',
      title: 'Classe virtuelle',
      summaryHtml: '<p>Une heure en direct pour partager vos questions.</p>',
      modality: 'distance-sync',
      phase: { kind: 'week', week: 2 },
      visibleTo: ['participant', 'formateur', 'tuteur', 'concepteur'],
      activities: [
        activity(
          {
            id: 'a-a-realiser',
            type: 'label',
            title: 'À préparer',
            variant: 'activite-a-realiser',
          },
          { contentHtml: '<p>Apportez une séance que vous aimeriez différencier.</p>' },
        ),
        activity({
          id: 'a-classe',
          type: 'virtualClass',
          title: 'Échanger sur ses pratiques',
          estimatedMinutes: 60,
          completion: 'manual',
          schedule: { kind: 'offset', days: 8, time: '17:00' },
          durationMinutes: 60,
          link: 'https://classe-virtuelle.example.org/diff-c3',
        }),
      ],
    },
    {
      id: 's-pratique',
      title: 'Mise en pratique en classe',
      summaryHtml: '',
      modality: 'presentiel',
      phase: { kind: 'week', week: 3 },
      visibleTo: ['participant', 'formateur', 'tuteur', 'concepteur'],
      activities: [
        activity(
          {
            id: 'a-devoir',
            type: 'assignment',
            title: 'Ma séance différenciée',
            estimatedMinutes: 30,
            completion: 'submitted',
            onlineText: true,
            fileSubmission: true,
            maxFiles: 2,
            dueOffsetDays: 21,
            maxGrade: 20,
            gradeToPass: 10,
          },
          { introHtml: '<p>Déposez votre fiche de séance et un court bilan.</p>' },
        ),
        activity({
          id: 'a-ressource',
          type: 'url',
          title: 'Ressources Éduscol',
          url: 'https://eduscol.education.fr/',
          modality: 'distance-async',
        }),
      ],
    },
    {
      id: 's-bilan',
      title: 'Bilan',
      summaryHtml: '',
      modality: 'distance-async',
      phase: { kind: 'week', week: 4 },
      visibleTo: ['participant', 'formateur', 'tuteur', 'concepteur'],
      activities: [
        activity(
          {
            id: 'a-questionnaire',
            type: 'feedback',
            title: 'Votre avis sur la formation',
            estimatedMinutes: 10,
            completion: 'submitted',
            pageAfterSubmit: '<p>Merci pour vos réponses !</p>',
            items: [
              {
                id: 'i-satisfaction',
                type: 'multichoicerated',
                name: 'Êtes-vous satisfait de la formation ?',
                required: true,
                options: [
                  { value: 1, text: 'Pas du tout' },
                  { value: 2, text: 'Plutôt pas' },
                  { value: 3, text: 'Plutôt' },
                  { value: 4, text: 'Tout à fait' },
                ],
              },
              {
                id: 'i-utile',
                type: 'multichoice',
                display: 'checkbox',
                name: 'Qu’avez-vous trouvé utile ?',
                options: ['Le livre', 'Le test', 'La classe virtuelle', 'Le travail en classe'],
              },
              { id: 'i-break', type: 'pagebreak' },
              {
                id: 'i-commentaire',
                type: 'textarea',
                name: 'Un commentaire pour l’équipe ?',
              },
            ],
          },
          { introHtml: '<p>Cinq minutes pour nous aider à améliorer le parcours.</p>' },
        ),
        activity({
          id: 'a-sondage',
          type: 'choice',
          title: 'Et ensuite ?',
          options: ['Un approfondissement', 'Un échange entre pairs', 'Rien pour l’instant'],
        }),
      ],
    },
    {
      id: 's-formateurs',
      title: 'Espace formateurs',
      summaryHtml: '<p>Ressources pour animer le parcours.</p>',
      modality: 'distance-async',
      phase: { kind: 'none' },
      visibleTo: ['formateur'],
      activities: [
        activity({
          id: 'a-guide',
          type: 'file',
          title: 'Guide d’animation',
          mediaId: GUIDE_ID,
          visibleTo: ['formateur'],
        }),
      ],
    },
  ],
  questions: Object.fromEntries(SAMPLE_QUESTIONS.map((q) => [q.id, q])),
  randomPools: { 'slot-4': ['q-groupes', 'q-etayage', 'q-brouillon'] },
  media: Object.fromEntries([
    media(VIGNETTE_ID, { name: 'vignette.png', url: VIGNETTE_URL, decorative: true }),
    media(CHART_ID, {
      name: 'modalites.png',
      url: CHART_URL,
      alt: 'Temps de travail par modalité',
      author: 'Équipe académique',
      licence: 'cc-4.0',
    }),
    media(GUIDE_ID, {
      name: 'guide-animation.pdf',
      mime: 'application/pdf',
      kind: 'pdf',
      sizeBytes: 245_760,
      url: 'data:application/pdf;base64,JVBERi0xLjQKJSVFT0YK',
    }),
  ]),
});
