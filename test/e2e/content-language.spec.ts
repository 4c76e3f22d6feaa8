import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { screenshot } from './screenshot';
import { startProjectWithPage } from './start-project';

test('le budget, l’indexation, la médiathèque et la barre d’outils passent en anglais', async ({
  app,
}) => {
  const { page } = app;
  await startProjectWithPage(page);
  await expect(page.getByRole('region', { name: 'Budget temps' })).toBeVisible();
  await page.getByRole('button', { name: 'Paramètres', exact: true }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.keyboard.press('Escape');

  const budget = page.getByRole('region', { name: 'Time budget' });
  await expect(budget).toContainText('Estimated total: 0 min of 3 h declared');
  await expect(budget).toContainText('3 h under budget');
  await expect(budget.getByRole('img', { name: /^Budget gauge/ })).toBeVisible();
  const toolbar = page.getByRole('toolbar', { name: 'Formatting', exact: true });
  await expect(toolbar.getByRole('button', { name: 'Table', exact: true })).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Tip' })).toBeVisible();
  await expectNoAxeViolations(page, 'the project screen in English');
  await screenshot(page, 'project-en', app.target);

  await page.getByRole('button', { name: 'Parcours indexation…' }).click();
  const indexation = page.getByRole('dialog', { name: /^Indexation: / });
  await expect(indexation.getByLabel('Objective')).toBeVisible();
  await expect(indexation.getByText('0 / 250 characters')).toBeVisible();
  await expectNoAxeViolations(page, 'the indexation dialog in English');
  await screenshot(page, 'indexation-en', app.target);
  await indexation.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Media library' }).click();
  const library = page.getByRole('dialog', { name: 'Project media library' });
  await expect(library).toContainText('The media library is empty.');
  await expectNoAxeViolations(page, 'the media library in English');
  await library.getByRole('button', { name: 'Close' }).click();

  await toolbar.getByRole('button', { name: 'Image', exact: true }).click();
  const image = page.getByRole('dialog', { name: 'Insert an image' });
  await image.getByRole('button', { name: 'Insert image' }).click();
  await expect(image.getByRole('alert')).toHaveText('Pick an image first.');
  await expectNoAxeViolations(page, 'the insert-image dialog in English');
  await screenshot(page, 'insert-image-en', app.target);
});
