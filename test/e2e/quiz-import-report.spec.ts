import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { QuestionBankModel } from './pages/question-bank-model';
import { startQuiz } from './quiz-helpers';
import { screenshot } from './screenshot';

/** Two good questions, an unclosed `{` (line 4) and grades outside Moodle's list (line 6). */
const GIFT = `// Questions de la séquence 1
::Bonne::La Terre tourne autour du Soleil.{T}

::Accolade::Combien de continents ? {=7 ~6

::Notes::Combien font 2 + 2 ?{
=%100%4
~%33%3
}

::Encore::Le ciel est bleu.{TRUE}
`;

test('un fichier GIFT avec des erreurs : les bonnes questions entrent, le rapport donne lignes et raisons', async ({
  app,
}) => {
  const { page } = app;
  await startQuiz(page, 'Quiz importé');
  const bank = new QuestionBankModel(page);
  await bank.open();
  const report = await bank.importFile('sequence-1.gift', GIFT);
  await expect(
    report.getByText('2 questions importées. 2 refusées. 0 avertissement.'),
  ).toBeVisible();
  const refused = report.getByRole('region', { name: 'Questions refusées' }).getByRole('listitem');
  await expect(refused).toHaveText([
    'Ligne 4 — « Accolade » : Accolades {…} introuvables autour des réponses.',
    'Ligne 6 — « Notes » : Les notes (0.33) ne sont pas dans la liste des notes de Moodle : question ignorée.',
  ]);
  await expect(report.getByRole('button', { name: 'Fermer' })).toBeFocused();
  await expectNoAxeViolations(page, 'the import report');
  await screenshot(page, 'question-import-report', app.target);
  await page.keyboard.press('Enter');
  await expect(report).toBeHidden();
  await expect(bank.list.getByText('Bonne', { exact: true })).toBeVisible();
  await expect(bank.list.getByText('Encore', { exact: true })).toBeVisible();
  await expect(bank.list.getByRole('listitem')).toHaveCount(2);
});
