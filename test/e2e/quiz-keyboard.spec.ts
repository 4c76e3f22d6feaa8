import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { OutlineModel } from './pages/outline-model';
import { ProjectPage } from './pages/project-page';
import { QuestionBankModel } from './pages/question-bank-model';
import { QuizModel } from './pages/quiz-model';
import { startQuiz, tabTo } from './quiz-helpers';

const GIFT = ['Un', 'Deux', 'Trois'].map((name) => `::${name}::Question ${name}.{T}`).join('\n\n');

test('au clavier seulement : ajouter une question au test et réordonner avec Alt+↑/↓', async ({
  app,
}) => {
  test.setTimeout(90_000);
  const { page } = app;
  await startQuiz(page, 'Quiz au clavier');
  const bank = new QuestionBankModel(page);
  await bank.open();
  const report = await bank.importFile('trois.gift', GIFT);
  await page.keyboard.press('Enter');
  await expect(report).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(bank.dialog).toBeHidden();

  const quiz = new QuizModel(page);
  const project = new ProjectPage(page);
  for (const name of ['Un', 'Deux', 'Trois']) {
    await tabTo(page, /^Question de la banque$/);
    // The select opens no popup with the keyboard in headless Chromium: arrows change the value.
    const select = quiz.pane.getByLabel('Question de la banque', { exact: true });
    while ((await select.locator('option:checked').innerText()) !== `${name} (Vrai/Faux)`) {
      await page.keyboard.press('ArrowDown');
    }
    await tabTo(page, /^Ajouter au test$/);
    await page.keyboard.press('Enter');
    await project.expectSaved();
  }
  const names = quiz.slots.locator('.quiz-slots__name');
  await expect(names).toHaveText(['1. Un', '2. Deux', '3. Trois']);

  await tabTo(page, /^Question 3 du test : Trois$/, true);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(names).toHaveText(['1. Un', '2. Trois', '3. Deux']);
  await expect(quiz.slot(2, 'Trois')).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(names).toHaveText(['1. Trois', '2. Un', '3. Deux']);
  await expect(quiz.slot(1, 'Trois')).toBeFocused();
  // Already first: nothing moves.
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(names).toHaveText(['1. Un', '2. Trois', '3. Deux']);
  await expect(quiz.slot(2, 'Trois')).toBeFocused();
  await project.expectSaved();
  await expectNoAxeViolations(page, 'the quiz slots after a keyboard reorder');

  await app.reload();
  await new OutlineModel(page).activity('Quiz au clavier').click();
  await expect(names).toHaveText(['1. Un', '2. Trois', '3. Deux']);
});
