import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { OutlineModel } from './pages/outline-model';
import { QuestionBankModel } from './pages/question-bank-model';
import { QuizModel } from './pages/quiz-model';
import { startQuiz, tabTo } from './quiz-helpers';
import { screenshot } from './screenshot';

const ORDERING = 'Démarche d’évaluation';
const DDWTOS = 'Chaîne alimentaire';

test('une question d’ordonnancement et un glisser-déposer sur texte, créés puis relus', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await startQuiz(page, 'Nouveaux types');
  const bank = new QuestionBankModel(page);
  await bank.open();
  await bank.addCategory('Démarches');

  // Ordering: the items in the right order, then Moodle's settings.
  await bank.startQuestion({ value: 'ordering' }, ORDERING, 'Remettez les étapes dans l’ordre.');
  await bank.dialog.getByRole('button', { name: 'Enregistrer la question' }).click();
  await expect(bank.problems()).toContainText('Chaque élément doit avoir un texte.');
  for (const [i, step] of ['Observer', 'Analyser', 'Réguler'].entries())
    await bank.field(`Élément déplaçable ${i + 1}`).fill(step);
  await bank.dialog.getByRole('button', { name: 'Ajouter un élément' }).click();
  await bank.field('Élément déplaçable 4').fill('Observer');
  await bank.dialog.getByRole('button', { name: 'Enregistrer la question' }).click();
  await expect(bank.problems()).toContainText(
    'L’élément 4 répète l’élément 1 : deux éléments ne peuvent pas avoir le même texte.',
  );
  await bank.field('Élément déplaçable 4').fill('Communiquer');
  // "Communiquer" comes before "Réguler": moved up with the keyboard.
  await bank.dialog.getByRole('button', { name: 'Monter « Élément déplaçable 4 »' }).focus();
  await page.keyboard.press('Enter');
  await expect(bank.field('Élément déplaçable 3')).toHaveValue('Communiquer');
  await bank.field('Disposition des éléments').selectOption({ label: 'Horizontale' });
  await bank.field('Numéroter les choix ?').selectOption({ label: 'a., b., c., …' });
  await bank
    .field('Type de sélection des éléments')
    .selectOption({ label: 'Sélectionner un sous-ensemble contigu d’éléments' });
  await bank.field('Taille du sous-ensemble').fill('3');
  await bank.field('Type d’évaluation').selectOption({ label: 'Tout ou rien' });
  await bank.field('Détails de l’évaluation').selectOption({ label: 'Cacher' });
  await bank.field('Pour toute réponse correcte').fill('Bravo !');
  await expectNoAxeViolations(page, 'the ordering question editor');
  await screenshot(page, 'question-ordering', app.target);
  await bank.save(ORDERING);

  // Drag and drop into text: a place without its choice is refused, then named choices.
  await bank.startQuestion(
    { value: 'ddwtos' },
    DDWTOS,
    'L’herbe est mangée par le [[1]], lui-même mangé par le [[2]].',
  );
  await bank.field('Choix 1').fill('lapin');
  await bank.dialog.getByRole('button', { name: 'Enregistrer la question' }).click();
  await expect(bank.problems()).toContainText('Le trou [[2]] n’a pas de choix 2.');
  for (const [i, word] of ['renard', 'loup'].entries()) {
    await bank.dialog.getByRole('button', { name: 'Ajouter un choix' }).click();
    await bank.field(`Choix ${i + 2}`).fill(word);
  }
  await bank.field('Groupe du Choix 3').fill('2');
  await bank.field('Choix 3 : illimité (déposable plusieurs fois)').check();
  await bank.field('Mélanger les réponses').uncheck();
  await expectNoAxeViolations(page, 'the drag and drop into text editor');
  await screenshot(page, 'question-ddwtos', app.target);
  await bank.save(DDWTOS);
  await expect(bank.dialog.getByRole('status').getByText('2 questions')).toBeVisible();
  await expect(bank.list.getByText('Glisser-déposer sur texte')).toBeVisible();
  await bank.close();

  // Saved in the project: after a reload, both read back as they were typed.
  await app.reload();
  await new OutlineModel(page).activity('Nouveaux types').click();
  await bank.open();
  await expect(bank.list.getByText(ORDERING, { exact: true })).toBeVisible();
  await bank.edit(ORDERING);
  await expect(bank.field('Texte de la question')).toHaveValue('Remettez les étapes dans l’ordre.');
  for (const [i, step] of ['Observer', 'Analyser', 'Communiquer', 'Réguler'].entries())
    await expect(bank.field(`Élément déplaçable ${i + 1}`)).toHaveValue(step);
  expect(await bank.selected('Disposition des éléments')).toBe('Horizontale');
  expect(await bank.selected('Numéroter les choix ?')).toBe('a., b., c., …');
  expect(await bank.selected('Type de sélection des éléments')).toBe(
    'Sélectionner un sous-ensemble contigu d’éléments',
  );
  await expect(bank.field('Taille du sous-ensemble')).toHaveValue('3');
  expect(await bank.selected('Type d’évaluation')).toBe('Tout ou rien');
  expect(await bank.selected('Détails de l’évaluation')).toBe('Cacher');
  await expect(bank.field('Pour toute réponse correcte')).toHaveValue('Bravo !');
  await bank.dialog.getByRole('button', { name: 'Retour à la liste' }).click();

  await bank.edit(DDWTOS);
  for (const [i, word] of ['lapin', 'renard', 'loup'].entries())
    await expect(bank.field(`Choix ${i + 1}`)).toHaveValue(word);
  await expect(bank.field('Groupe du Choix 3')).toHaveValue('2');
  await expect(bank.field('Choix 3 : illimité (déposable plusieurs fois)')).toBeChecked();
  await expect(bank.field('Choix 1 : illimité (déposable plusieurs fois)')).not.toBeChecked();
  await expect(bank.field('Mélanger les réponses')).not.toBeChecked();
  await expect(bank.dialog.getByText('2 trous dans le texte')).toBeVisible();
});

/** Five questions in "Séquence 1", two more in its subcategory; tags on some of them. */
const XML = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
${[
  [
    'Séquence 1',
    [
      ['Un', 'cycle 3'],
      ['Deux', 'cycle 3'],
      ['Trois', ''],
      ['Quatre', 'cycle 4'],
    ],
  ],
  [
    'Séquence 1/Approfondissement',
    [
      ['Cinq', 'cycle 3'],
      ['Six', ''],
    ],
  ],
]
  .map(
    ([category, questions]) => `  <question type="category">
    <category><text>$course$/top/${String(category)}</text></category>
  </question>
${(questions as string[][])
  .map(
    ([name, tag]) => `  <question type="truefalse">
    <name><text>${String(name)}</text></name>
    <questiontext format="html"><text>Question ${String(name)}.</text></questiontext>
    <answer fraction="100" format="moodle_auto_format"><text>true</text></answer>
    <answer fraction="0" format="moodle_auto_format"><text>false</text></answer>
    ${tag ? `<tags><tag><text>${tag}</text></tag></tags>` : ''}
  </question>`,
  )
  .join('\n')}`,
  )
  .join('\n')}
  <question type="description">
    <name><text>Consigne</text></name>
    <questiontext format="html"><text>Lisez bien.</text></questiontext>
    <tags><tag><text>cycle 3</text></tag></tags>
  </question>
</quiz>
`;

test('une question aléatoire filtrée par étiquette, au clavier, dit combien de questions correspondent', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await startQuiz(page, 'Tirage au sort');
  const bank = new QuestionBankModel(page);
  await bank.open();
  const report = await bank.importFile('sequence.xml', XML);
  await expect(report).toContainText('7 questions importées.');
  await page.keyboard.press('Enter');
  await expect(report).toBeHidden();
  await bank.close();

  const quiz = new QuizModel(page);
  const form = quiz.randomForm();
  const status = form.getByRole('status');
  const category = form.getByLabel('Catégorie de la question aléatoire');
  await tabTo(page, /^Catégorie de la question aléatoire$/);
  while (!(await category.locator('option:checked').innerText()).startsWith('Séquence 1'))
    await page.keyboard.press('ArrowDown');
  // The description is never drawn: 4 + 2 questions, subcategories included by default.
  await expect(status).toHaveText('6 questions correspondent');
  await tabTo(page, /^Inclure les questions des sous-catégories$/);
  await page.keyboard.press('Space');
  await expect(status).toHaveText('4 questions correspondent');
  await tabTo(page, /^cycle 3$/);
  await page.keyboard.press('Space');
  await expect(status).toHaveText('2 questions correspondent');
  await tabTo(page, /^cycle 4$/);
  await page.keyboard.press('Space');
  await expect(status).toHaveText('Aucune question ne correspond');
  await page.keyboard.press('Space');
  await expect(status).toHaveText('2 questions correspondent');
  await expectNoAxeViolations(page, 'the random question form');
  await tabTo(page, /^Ajouter une question aléatoire$/);
  await page.keyboard.press('Enter');

  const slot = quiz.slot(1, 'Aléatoire dans « Séquence 1 »');
  await expect(slot).toBeVisible();
  const summary = 'sans les sous-catégories · étiquettes : cycle 3 · 2 questions correspondent';
  await expect(slot).toHaveAccessibleDescription(summary);
  await expect(slot).toContainText(summary);

  // A second slot with the subcategories: its count follows.
  await form.getByLabel('Inclure les questions des sous-catégories').check();
  await expect(status).toHaveText('3 questions correspondent');
  await form.getByRole('button', { name: 'Ajouter une question aléatoire' }).click();
  await expect(quiz.slot(2, 'Aléatoire dans « Séquence 1 »')).toHaveAccessibleDescription(
    'sous-catégories incluses · étiquettes : cycle 3 · 3 questions correspondent',
  );
  await expectNoAxeViolations(page, 'the quiz with random slots');
  await screenshot(page, 'quiz-random-slots', app.target);

  // Saved: after a reload the slots keep their filters.
  await app.reload();
  await new OutlineModel(page).activity('Tirage au sort').click();
  await expect(slot).toHaveAccessibleDescription(summary);
});
