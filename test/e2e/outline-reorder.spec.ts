import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { createFromGabarit, projectFromGabarit } from './outline-helpers';
import { OutlineModel } from './pages/outline-model';
import { screenshot } from './screenshot';

const ACCUEIL = [
  'Présentation de la formation',
  'Comment réussir cette formation',
  'Annonces',
  'Forum d’échanges',
  'Note aux formateurs : accueil',
];

test('réordonner au clavier et par glisser-déposer', async ({ app }) => {
  const { page } = app;
  const project = await projectFromGabarit(page, 'Réordonner', 'Parcours hybride 9 h');
  const outline = new OutlineModel(page);
  const accueil = (await outline.activitiesOf('Accueil')).map((t) => t.replace("'", '’'));
  expect(accueil).toEqual(ACCUEIL);
  const [presentation, reussir, annonces, forum] = (await outline.activitiesOf('Accueil')) as [
    string,
    string,
    string,
    string,
  ];

  // Keyboard: Alt+↑ moves within the section, the focus follows, the move is announced.
  await outline.activity(annonces).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(() => outline.activitiesOf('Accueil'))
    .toEqual([presentation, annonces, reussir, forum, ACCUEIL[4]?.replace('’', "'") ?? '']);
  await expect(outline.activity(annonces)).toBeFocused();
  await expect(outline.announcer).toContainText('« Annonces » déplacée en position 2');
  // Alt+Shift+↓ takes it to the top of the next section.
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect.poll(async () => (await outline.activitiesOf('Positionnement'))[0]).toBe(annonces);
  await expect(outline.activity(annonces)).toBeFocused();
  await project.expectSaved();

  // Drag and drop with the pointer: the forum goes before the presentation.
  await outline.drag(outline.activity(forum), outline.activityRow(presentation));
  await expect.poll(async () => (await outline.activitiesOf('Accueil'))[0]).toBe(forum);
  // A section dragged onto another takes its place.
  await outline.drag(
    outline.sectionRow('Positionnement').getByRole('heading'),
    outline.sectionRow('Accueil').getByRole('heading'),
  );
  await expect(outline.sectionTitles().nth(0)).toHaveText('1. Positionnement');
  await project.expectSaved();
  await screenshot(page, 'outline-after-moves', app.target);

  await app.reload();
  await expect(outline.sectionTitles().nth(0)).toHaveText('1. Positionnement');
  await expect.poll(async () => (await outline.activitiesOf('Accueil'))[0]).toBe(forum);
});

test('sélection multiple : déplacer, supprimer, annuler, copier vers un autre parcours', async ({
  app,
}) => {
  const { page } = app;
  const project = await projectFromGabarit(page, 'Sélection', 'Parcours hybride 9 h', 'Source');
  const outline = new OutlineModel(page);
  const [first, second] = (await outline.activitiesOf('Accueil')) as [string, string];

  await outline.activity(first).click();
  await outline.activity(second).click({ modifiers: ['Control'] });
  await expect(outline.toolbar).toContainText('2 activités sélectionnées');
  await expect(outline.checkbox(first)).toBeChecked();
  await expectNoAxeViolations(page, 'the outline with a selection');
  await screenshot(page, 'outline-selection', app.target);

  await outline.toolbar.getByRole('button', { name: 'Déplacer vers…' }).click();
  const move = page.getByRole('dialog', { name: 'Déplacer 2 activités' });
  await move.getByLabel('Section').selectOption({ label: '2. Positionnement' });
  await expectNoAxeViolations(page, 'the move dialog');
  await screenshot(page, 'move-dialog', app.target);
  await move.getByRole('button', { name: 'Déplacer' }).click();
  await expect
    .poll(async () => (await outline.activitiesOf('Positionnement')).slice(-2))
    .toEqual([first, second]);

  await outline.toolbar.getByRole('button', { name: 'Supprimer' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Supprimer 2 activités ?' });
  await expectNoAxeViolations(page, 'the delete-activities confirmation');
  await confirm.getByRole('button', { name: 'Supprimer' }).click();
  await expect(outline.activity(first)).toHaveCount(0);
  await expect(outline.activity(second)).toHaveCount(0);
  await project.expectSaved();
  await project.undoButton().click();
  await expect(outline.activity(first)).toBeVisible();
  await expect(outline.activity(second)).toBeVisible();

  // Copy to another parcours of the project.
  await createFromGabarit(page, 'Autoformation 3 h', 'Cible');
  await page.getByRole('button', { name: /^Source/ }).click();
  await outline.activity(first).click();
  await outline.toolbar.getByRole('button', { name: 'Copier vers…' }).click();
  const copy = page.getByRole('dialog', { name: 'Copier l’activité vers un autre parcours' });
  await expect(copy.getByLabel('Parcours de destination')).toHaveValue(/.+/);
  await expect(copy.getByLabel('Parcours de destination').locator('option:checked')).toHaveText(
    'Cible',
  );
  await copy.getByLabel('Section').selectOption({ index: 0 });
  await expectNoAxeViolations(page, 'the copy dialog');
  await screenshot(page, 'copy-dialog', app.target);
  await copy.getByRole('button', { name: 'Copier' }).click();
  await expect(copy).toBeHidden();
  await expect(outline.announcer).toContainText('Activité copiée dans « Cible »');

  // A whole section too.
  await page
    .getByRole('button', { name: 'Copier la section « Accueil » vers un autre parcours' })
    .click();
  const copySection = page.getByRole('dialog', { name: /^Copier la section « Accueil »/ });
  await copySection.getByRole('button', { name: 'Copier' }).click();
  await expect(copySection).toBeHidden();
  await page.getByRole('button', { name: /^Cible/ }).click();
  // The activity copied alone, and the section (whose first two activities had moved away).
  await expect(outline.activity(first)).toHaveCount(1);
  await expect(outline.sectionTitles().last()).toContainText('Accueil');
  expect(await outline.activitiesOf('Accueil')).toContain('Annonces');
});
