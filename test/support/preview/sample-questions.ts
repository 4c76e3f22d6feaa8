import {
  type Question,
  type QuestionInput,
  questionSchema,
} from '../../../src/shared/domain/question';

const question = (input: QuestionInput): Question => questionSchema.parse(input);
const text = (html: string) => ({ format: 'html' as const, text: html });

/** The sample's bank: the quiz's three fixed questions, and a random slot's pool (a draft in it). */
export const SAMPLE_QUESTIONS: Question[] = [
  question({
    id: 'q-posture',
    categoryId: 'cat-quiz',
    type: 'multichoice',
    name: 'Posture',
    text: text('<p>Quelle posture de l’enseignant favorise le plus l’engagement des élèves ?</p>'),
    answers: [
      { text: text('Expliquer longuement avant toute activité'), fraction: 0 },
      {
        text: text('Proposer des tâches à la portée de chacun, puis étayer'),
        fraction: 1,
        feedback: text('<p>Oui : c’est le cœur de la différenciation.</p>'),
      },
      { text: text('Donner le même exercice à toute la classe'), fraction: 0 },
    ],
    generalFeedback: text('<p>Voir le chapitre 2 du livre « Différencier ».</p>'),
  }),
  question({
    id: 'q-definition',
    categoryId: 'cat-quiz',
    type: 'truefalse',
    name: 'Définition',
    text: text('<p>Différencier, c’est donner un travail différent à chaque élève.</p>'),
    correctAnswer: false,
    feedbackTrue: text('<p>Non : on varie les chemins, pas forcément le travail.</p>'),
    feedbackFalse: text('<p>Exact : on varie les chemins vers un même objectif.</p>'),
  }),
  question({
    id: 'q-leviers',
    categoryId: 'cat-quiz',
    type: 'match',
    name: 'Leviers',
    text: text('<p>Associez chaque levier à un exemple.</p>'),
    subquestions: [
      { text: text('Les contenus'), answer: 'Textes de longueurs différentes' },
      { text: text('Les processus'), answer: 'Travail en binômes hétérogènes' },
      { text: text('Les productions'), answer: 'Affiche ou exposé oral, au choix' },
    ],
  }),
  question({
    id: 'q-groupes',
    categoryId: 'cat-revision',
    type: 'numerical',
    name: 'Groupes',
    text: text('<p>Une classe de 28 élèves travaille en groupes de 4. Combien de groupes ?</p>'),
    answers: [{ value: '7', fraction: 1 }],
  }),
  question({
    id: 'q-etayage',
    categoryId: 'cat-revision',
    type: 'shortanswer',
    name: 'Étayage',
    text: text('<p>Comment nomme-t-on l’aide apportée puis retirée peu à peu ? (un mot)</p>'),
    answers: [{ text: 'étayage', fraction: 1 }],
  }),
  question({
    id: 'q-brouillon',
    categoryId: 'cat-revision',
    type: 'truefalse',
    name: 'Brouillon',
    status: 'draft',
    text: text('<p>Question en cours d’écriture.</p>'),
    correctAnswer: true,
  }),
];
