import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { QuestionBankModel } from './pages/question-bank-model';
import { QuizModel } from './pages/quiz-model';
import { startQuiz } from './quiz-helpers';
import { screenshot } from './screenshot';

/** The questions of the quiz, in slot order: name and type as the bank lists it. */
const QUESTIONS = [
  ['Capitale', 'Choix multiple'],
  ['Nombres premiers', 'Choix multiple'],
  ['Soleil', 'Vrai/Faux'],
  ['Auteur', 'Réponse courte'],
  ['Pi', 'Numérique'],
  ['Capitales', 'Appariement'],
  ['Réflexion', 'Composition'],
  ['Texte à trous', 'Cloze (réponses intégrées)'],
  ['Système solaire', 'Sélection de mots manquants'],
  ['Consigne', 'Description'],
] as const;

const createQuestions = async (bank: QuestionBankModel): Promise<void> => {
  await bank.startQuestion('Choix multiple', 'Capitale', 'Quelle est la capitale de la France ?');
  await bank.setAnswers([
    { text: 'Paris', grade: '100 %' },
    { text: 'Lyon', grade: 'Aucune' },
    { text: 'Marseille', grade: 'Aucune' },
  ]);
  await expectNoAxeViolations(bank.page, 'the question editor');
  await screenshot(bank.page, 'question-editor', 'web');
  await bank.save('Capitale');

  await bank.startQuestion('Choix multiple', 'Nombres premiers', 'Lesquels sont premiers ?');
  await bank
    .field('Une ou plusieurs réponses ?')
    .selectOption({ label: 'Plusieurs réponses permises' });
  await bank.setAnswers([
    { text: '2', grade: '50 %' },
    { text: '3', grade: '50 %' },
    { text: '4', grade: '-50 %' },
  ]);
  await bank.save('Nombres premiers');

  await bank.startQuestion('Vrai/Faux', 'Soleil', 'Le Soleil est une étoile.');
  await bank.field('Bonne réponse').selectOption({ label: 'Vrai' });
  await bank.save('Soleil');

  await bank.startQuestion('Réponse courte', 'Auteur', 'Qui a écrit Les Misérables ?');
  await bank.setAnswers([{ text: '*Hugo', grade: '100 %' }]);
  await bank.save('Auteur');

  await bank.startQuestion('Numérique', 'Pi', 'Donnez π à 0,01 près.');
  await bank.field('Réponse 1').fill('3.14');
  await bank.field('Marge d’erreur de la Réponse 1').fill('0.01');
  await bank.save('Pi');

  await bank.startQuestion('Appariement', 'Capitales', 'Associez chaque pays à sa capitale.');
  for (const [i, [country, city]] of [
    ['France', 'Paris'],
    ['Espagne', 'Madrid'],
    ['Italie', 'Rome'],
  ].entries()) {
    await bank.field(`Sous-question ${i + 1}`).fill(country ?? '');
    await bank.field(`Réponse de la Sous-question ${i + 1}`).fill(city ?? '');
  }
  await bank.save('Capitales');

  await bank.startQuestion('Composition', 'Réflexion', 'Décrivez une séance réussie.');
  await bank.save('Réflexion');

  await bank.startQuestion(
    'Cloze (réponses intégrées)',
    'Texte à trous',
    'Paris est en {1:SHORTANSWER:=France~*#Non} ; le ciel est {1:MULTICHOICE:=bleu~rouge}.',
  );
  await bank.save('Texte à trous');

  await bank.startQuestion(
    'Sélection de mots manquants',
    'Système solaire',
    'Le Soleil est une [[1]] ; la Lune est un [[2]].',
  );
  // Choice 3 is in no gap: a distractor of group 1.
  for (const [i, word] of ['étoile', 'satellite', 'planète'].entries()) {
    if ((await bank.field(`Choix ${i + 1}`).count()) === 0)
      await bank.dialog.getByRole('button', { name: 'Ajouter un choix' }).click();
    await bank.field(`Choix ${i + 1}`).fill(word);
  }
  await bank.save('Système solaire');

  await bank.startQuestion('Description', 'Consigne', 'Répondez sans document.');
  await bank.save('Consigne');
};

test('un test de dix types de questions est essayé et noté comme Moodle', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const project = await startQuiz(page, 'Vérifier ses acquis');
  const bank = new QuestionBankModel(page);
  await bank.open();
  await bank.addCategory('Séquence 1');
  await expectNoAxeViolations(page, 'the empty question bank');
  await createQuestions(bank);
  await expect(bank.dialog.getByRole('status').getByText('10 questions')).toBeVisible();
  await expectNoAxeViolations(page, 'the question bank');
  await screenshot(page, 'question-bank', app.target);
  await bank.close();

  const quiz = new QuizModel(page);
  for (const [i, [name, type]] of QUESTIONS.entries()) await quiz.addQuestion(name, type, i + 1);
  await project.expectSaved();
  // A cloze is marked out of the sum of its parts' weights.
  await expect(quiz.pane.getByLabel('Note de la question 8', { exact: true })).toHaveValue('2');
  await bank.open();
  await expect(bank.list.getByText('utilisée par 1 test')).toHaveCount(10);
  await bank.close();
  await expectNoAxeViolations(page, 'the quiz settings');
  await screenshot(page, 'quiz-settings', app.target);

  await quiz.pane.getByRole('button', { name: 'Essayer comme un participant' }).click();
  const dialog = quiz.tryDialog('Vérifier ses acquis');
  await expect(dialog.getByText('Page 1 sur 1')).toBeVisible();
  const q = (n: number) => quiz.question(dialog, n);
  await q(1).getByRole('radio', { name: /Paris/ }).check();
  for (const n of ['2', '3', '4'])
    await q(2)
      .getByRole('checkbox', { name: new RegExp(`${n}$`) })
      .check();
  await q(3).getByRole('radio', { name: 'Faux' }).check();
  await q(4).getByLabel('Réponse').fill('Victor Hugo');
  await q(5).getByLabel('Réponse').fill('3,15');
  await q(6).getByLabel('Réponse à la sous-question 1').selectOption('Paris');
  await q(6).getByLabel('Réponse à la sous-question 2').selectOption('Rome');
  await q(6).getByLabel('Réponse à la sous-question 3').selectOption('Madrid');
  await q(7).getByLabel('Réponse').fill('Une séance où chacun a pu essayer.');
  await q(8).getByLabel('Partie 1').fill('France');
  await q(8).getByLabel('Partie 2').selectOption('rouge');
  await q(9).getByLabel('Trou 1').selectOption('étoile');
  await q(9).getByLabel('Trou 2').selectOption('planète');
  // A description is not numbered: it is an "Information" with no mark.
  const information = dialog.getByRole('region', { name: 'Information', exact: true });
  await expect(information).toContainText('Répondez sans document.');
  await expect(information).not.toContainText('noté sur');
  await expectNoAxeViolations(page, 'the try-it dialog');
  await dialog.getByRole('button', { name: 'Tout envoyer et terminer' }).click();

  const expected: [number, string, string][] = [
    [1, 'Correct', 'Note : 1 sur 1'],
    [2, 'Partiellement correct', 'Note : 0,5 sur 1'],
    [3, 'Incorrect', 'Note : 0 sur 1'],
    [4, 'Correct', 'Note : 1 sur 1'],
    // |3,15 − 3,14| = 0,01: the edge of the tolerance is inclusive.
    [5, 'Correct', 'Note : 1 sur 1'],
    [6, 'Partiellement correct', 'Note : 0,33 sur 1'],
    [8, 'Partiellement correct', 'Note : 1 sur 2'],
    [9, 'Partiellement correct', 'Note : 0,5 sur 1'],
  ];
  for (const [n, state, mark] of expected) {
    await expect(q(n).locator('.player-feedback__state')).toHaveText(`${state} — ${mark}`);
  }
  await expect(q(7).locator('.player-feedback__state')).toHaveText('À évaluer par un formateur');
  await expect(information.locator('.player-feedback')).toHaveCount(0);
  // 1 + 0,5 + 0 + 1 + 1 + 1/3 + 1 + 0,5 = 5,33 of 10 (the essay is not graded yet, the
  // description has no mark); 5,33/10 × 10 = 5,33.
  await expect(dialog.getByRole('status')).toContainText('Points : 5,33 sur 10.');
  await expect(dialog.getByRole('status')).toContainText('Note du test : 5,33 sur 10.');
  await expect(dialog.getByRole('status')).toContainText(
    '1 question attend la correction d’un formateur',
  );
  await expectNoAxeViolations(page, 'the try-it review');
  await screenshot(page, 'quiz-try-review', app.target);
});
