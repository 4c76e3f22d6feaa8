import { expect, test } from './fixtures';
import { ProjectPage } from './pages/project-page';
import { WelcomePage } from './pages/welcome-page';
import { screenshot } from './screenshot';

test('créer une section et la déplacer au clavier seulement', async ({ app }) => {
  const { page } = app;
  const welcome = new WelcomePage(page);
  await welcome.expectVisible();
  await welcome.createProject('Clavier');
  const project = new ProjectPage(page);
  await project.createParcours('Parcours au clavier');
  await project.addSection('Alpha');
  await project.addSection('Bêta');

  // From here on, only the keyboard.
  await project.newSectionField.focus();
  await page.keyboard.type('Gamma');
  await page.keyboard.press('Enter');
  await expect(project.sectionTitles()).toHaveText(['1. Alpha', '2. Bêta', '3. Gamma']);
  await expect(project.newSectionField).toBeFocused();

  // Shift+Tab back to Gamma's "Ajouter une page", then "Supprimer", "Descendre" (disabled, skipped), "Monter".
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Ajouter une page à « Gamma »' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Supprimer la section « Gamma »' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  const moveUp = page.getByRole('button', { name: 'Monter la section « Gamma »' });
  await expect(moveUp).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(project.sectionTitles()).toHaveText(['1. Alpha', '2. Gamma', '3. Bêta']);
  await expect(moveUp).toBeFocused();
  await page.keyboard.press('Space');
  await expect(project.sectionTitles()).toHaveText(['1. Gamma', '2. Alpha', '3. Bêta']);
  // At the top "Monter" is disabled: the focus moves to "Descendre" of the same section.
  await expect(page.getByRole('button', { name: 'Descendre la section « Gamma »' })).toBeFocused();
  await project.expectSaved();
  await screenshot(page, 'keyboard-reorder', app.target);

  await page.keyboard.press('Enter');
  await expect(project.sectionTitles()).toHaveText(['1. Alpha', '2. Gamma', '3. Bêta']);
  await expect(page.getByRole('button', { name: 'Descendre la section « Gamma »' })).toBeFocused();

  // Ctrl+Z outside the editor undoes in the project's journal.
  await page.keyboard.press('Control+z');
  await expect(project.sectionTitles()).toHaveText(['1. Gamma', '2. Alpha', '3. Bêta']);
  await page.keyboard.press('Control+Shift+z');
  await expect(project.sectionTitles()).toHaveText(['1. Alpha', '2. Gamma', '3. Bêta']);

  // Reload: the order is the stored one.
  await app.reload();
  await expect(project.sectionTitles()).toHaveText(['1. Alpha', '2. Gamma', '3. Bêta']);
});
