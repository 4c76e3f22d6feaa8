import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ProjectPage } from './pages/project-page';
import { QuestionBankModel } from './pages/question-bank-model';
import { QuizModel } from './pages/quiz-model';
import { startQuiz, tabTo } from './quiz-helpers';
import { screenshot } from './screenshot';

/** A drag-and-drop into text and an ordering question, as Moodle 4.5 exports them. */
const XML = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="ddwtos">
    <name><text>Vocabulaire</text></name>
    <questiontext format="html">
      <text><![CDATA[<p>La [[1]] est une information donnée à l'élève sur sa production ; la [[2]] précise les critères de réussite ; l'[[3]] permet à l'élève de juger son propre travail.</p><p>Une <em>bonne</em> [[1]] est rapide et ciblée.</p>]]></text>
    </questiontext>
    <defaultgrade>1.0000000</defaultgrade>
    <penalty>0.3333333</penalty>
    <shuffleanswers>1</shuffleanswers>
    <dragbox><text>rétroaction</text><group>1</group><infinite/></dragbox>
    <dragbox><text>grille critériée</text><group>1</group></dragbox>
    <dragbox><text>auto-évaluation</text><group>1</group></dragbox>
    <dragbox><text>note chiffrée</text><group>1</group></dragbox>
  </question>
  <question type="ordering">
    <name><text>Démarche</text></name>
    <questiontext format="html">
      <text><![CDATA[<p>Remettez dans l'ordre les étapes d'une évaluation formative :</p>]]></text>
    </questiontext>
    <defaultgrade>1.0000000</defaultgrade>
    <penalty>0.3333333</penalty>
    <layouttype>VERTICAL</layouttype>
    <selecttype>ALL</selecttype>
    <selectcount>0</selectcount>
    <gradingtype>ALL_OR_NOTHING</gradingtype>
    <showgrading>SHOW</showgrading>
    <numberingstyle>none</numberingstyle>
    <answer fraction="1" format="html"><text>Définir les objectifs</text></answer>
    <answer fraction="2" format="html"><text>Expliciter les critères</text></answer>
    <answer fraction="3" format="html"><text>Faire réaliser la tâche</text></answer>
    <answer fraction="4" format="html"><text>Donner une rétroaction</text></answer>
  </question>
</quiz>
`;
const STEPS = [
  'Définir les objectifs',
  'Expliciter les critères',
  'Faire réaliser la tâche',
  'Donner une rétroaction',
];

const chooseBehaviour = async (quiz: QuizModel, label: string): Promise<void> => {
  await quiz.pane.getByLabel('Comportement des questions', { exact: true }).selectOption({ label });
  await new ProjectPage(quiz.page).expectSaved();
};

test('interactif avec essais multiples : un indice, un essai de moins, la pénalité', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await startQuiz(page, 'Essais multiples');
  const bank = new QuestionBankModel(page);
  await bank.open();
  await bank.addCategory('Séquence 1');
  await bank.startQuestion('Choix multiple', 'Capitale', 'Quelle est la capitale de la France ?');
  await bank.setAnswers([
    { text: 'Paris', grade: '100 %' },
    { text: 'Lyon', grade: 'Aucune' },
    { text: 'Marseille', grade: 'Aucune' },
  ]);
  await bank.field('Pénalité par essai (%)').fill('33,33');
  await bank.dialog.getByRole('button', { name: 'Ajouter un indice' }).click();
  await bank.field('Indice 1').fill('Pensez à la tour Eiffel.');
  await bank.save('Capitale');
  await bank.close();
  const quiz = new QuizModel(page);
  await quiz.addQuestion('Capitale', 'Choix multiple', 1);
  await chooseBehaviour(quiz, 'Interactif avec essais multiples');

  await quiz.pane.getByRole('button', { name: 'Essayer comme un participant' }).click();
  const dialog = quiz.tryDialog('Essais multiples');
  const q1 = quiz.question(dialog, 1);
  const status = q1.getByRole('status');
  const state = q1.locator('.player-feedback__state');
  // Nothing chosen: not a try.
  await q1.getByRole('button', { name: 'Vérifier' }).click();
  await expect(status).toHaveText('Veuillez donner une réponse valide.');
  await q1.getByRole('radio', { name: /Lyon/ }).check();
  await q1.getByRole('button', { name: 'Vérifier' }).click();
  // A wrong try: its state without the mark, the hint, the tries left; the response is locked.
  await expect(state).toHaveText('Incorrect');
  await expect(status).toContainText('Pensez à la tour Eiffel.');
  await expect(status).toContainText('Il vous reste 1 essai.');
  await expect(q1.getByRole('button', { name: 'Réessayer' })).toBeFocused();
  await expect(q1.getByRole('radio', { name: /Paris/ })).toBeDisabled();
  await expectNoAxeViolations(page, 'an interactive question waiting for another try');
  await screenshot(page, 'quiz-try-interactive-hint', app.target);

  await page.keyboard.press('Enter');
  const paris = q1.getByRole('radio', { name: /Paris/ });
  await expect(paris).toBeFocused();
  await page.keyboard.press('Space');
  await expect(paris).toBeChecked();
  await tabTo(page, /^Vérifier$/);
  await page.keyboard.press('Enter');
  // Right on the 2nd try: 1 − 0,3333 × 1 try before it.
  await expect(state).toHaveText('Correct — Note : 0,67 sur 1');
  await expect(status).toBeFocused();
  await expect(q1.getByRole('button', { name: /^(Vérifier|Réessayer)$/ })).toHaveCount(0);
  await expect(paris).toBeDisabled();
  await expectNoAxeViolations(page, 'an interactive question finished');

  await dialog.getByRole('button', { name: 'Tout envoyer et terminer' }).click();
  const summary = dialog.locator('.try-it__summary');
  await expect(summary).toContainText('Points : 0,67 sur 1.');
  await expect(summary).toContainText('Note du test : 6,67 sur 10.');
  await expect(state).toHaveText('Correct — Note : 0,67 sur 1');
  await screenshot(page, 'quiz-try-interactive-review', app.target);
});

test('mode adaptatif : chaque envoi noté, la meilleure note moins les pénalités ; mise en ordre et glisser-déposer', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await startQuiz(page, 'Adaptatif');
  const bank = new QuestionBankModel(page);
  await bank.open();
  const report = await bank.importFile('adaptatif.xml', XML);
  await expect(report.getByText(/^2 questions importées\./)).toBeVisible();
  await report.getByRole('button', { name: 'Fermer' }).click();
  await bank.close();
  const quiz = new QuizModel(page);
  await quiz.addQuestion('Vocabulaire', 'Glisser-déposer sur texte', 1);
  await quiz.addQuestion('Démarche', 'Mise en ordre', 2);
  await chooseBehaviour(quiz, 'Mode adaptatif');

  await quiz.pane.getByRole('button', { name: 'Essayer comme un participant' }).click();
  const dialog = quiz.tryDialog('Adaptatif');
  const q1 = quiz.question(dialog, 1);
  const details = q1.locator('.player-feedback__details');
  const gaps = ['rétroaction', 'auto-évaluation', 'grille critériée', 'rétroaction'];
  for (const [i, choice] of gaps.entries())
    await q1.getByLabel(`Trou ${i + 1}`).selectOption(choice);
  await q1.getByRole('button', { name: 'Vérifier' }).click();
  await expect(q1.locator('.player-feedback__state')).toHaveText('Partiellement correct');
  await expect(details).toHaveText(
    'Note pour cet envoi : 0,5 sur 1. Cet envoi entraîne une pénalité de 0,33.',
  );
  // Still open: the response changes and is checked again.
  await expect(q1.getByLabel('Trou 2')).toBeEnabled();
  await q1.getByLabel('Trou 2').selectOption('grille critériée');
  await q1.getByLabel('Trou 3').selectOption('auto-évaluation');
  await q1.getByRole('button', { name: 'Vérifier' }).click();
  await expect(q1.locator('.player-feedback__state')).toHaveText('Correct');
  await expect(details).toHaveText(
    'Note pour cet envoi : 1 sur 1. Compte tenu des pénalités précédentes, cela donne 0,67 sur 1.',
  );

  // The ordering starts shuffled; each item moves with its own buttons, from the keyboard.
  const q2 = quiz.question(dialog, 2);
  const items = q2.locator('.player-ordering__text');
  await expect(items).toHaveCount(4);
  expect(await items.allInnerTexts()).not.toEqual(STEPS);
  for (const [target, text] of STEPS.entries()) {
    let at = (await items.allInnerTexts()).map((s) => s.trim()).indexOf(text);
    if (at <= target) continue;
    await q2.getByRole('button', { name: `Monter « ${text} »` }).focus();
    while (at > target) {
      await page.keyboard.press('Enter');
      at -= 1;
      await expect(items.nth(at)).toHaveText(text);
      // The focus stays on the moved item's button, even once it is first.
      await expect(page.locator(':focus')).toHaveAttribute(
        'aria-label',
        new RegExp(`« ${text} »$`),
      );
    }
    await expect(q2.getByRole('status').first()).toHaveText(
      `« ${text} » est en position ${target + 1} sur 4.`,
    );
  }
  await expect(items).toHaveText(STEPS);
  await expectNoAxeViolations(page, 'adaptive questions after a try');
  await screenshot(page, 'quiz-try-adaptive', app.target);
  await q2.getByRole('button', { name: 'Vérifier' }).click();
  await expect(q2.locator('.player-feedback__state')).toHaveText('Correct');
  await expect(q2.locator('.player-feedback__details')).toHaveText(
    'Note pour cet envoi : 1 sur 1.',
  );

  await dialog.getByRole('button', { name: 'Tout envoyer et terminer' }).click();
  await expect(q1.locator('.player-feedback__state')).toHaveText('Correct — Note : 0,67 sur 1');
  await expect(q2.locator('.player-feedback__state')).toHaveText('Correct — Note : 1 sur 1');
  // 0,67 + 1 = 1,67 of 2; 1,67/2 × 10 = 8,33.
  const summary = dialog.locator('.try-it__summary');
  await expect(summary).toContainText('Points : 1,67 sur 2.');
  await expect(summary).toContainText('Note du test : 8,33 sur 10.');
  await expectNoAxeViolations(page, 'the adaptive review');
  await screenshot(page, 'quiz-try-adaptive-review', app.target);
});
