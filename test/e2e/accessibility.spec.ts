import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { PageEditorModel } from './pages/page-editor-model';
import { ProjectPage } from './pages/project-page';
import { WelcomePage } from './pages/welcome-page';
import { screenshot } from './screenshot';

test('aucune violation axe sur l’accueil, les dialogues, le plan et l’éditeur', async ({ app }) => {
  const { page } = app;
  const welcome = new WelcomePage(page);
  await welcome.expectVisible();
  await expectNoAxeViolations(page, 'the welcome screen');
  await screenshot(page, 'welcome', app.target);

  const dialog = await welcome.openNewProjectDialog();
  await dialog.getByLabel('Titre du projet').fill('Accessibilité');
  await expectNoAxeViolations(page, 'the new-project dialog');
  await screenshot(page, 'new-project-dialog', app.target);
  await dialog.getByRole('button', { name: 'Créer le projet' }).click();

  const project = new ProjectPage(page);
  await expect(project.title('Accessibilité')).toBeVisible();
  await page.getByRole('button', { name: 'Nouveau parcours' }).click();
  const parcoursDialog = page.getByRole('dialog', { name: 'Nouveau parcours' });
  await parcoursDialog.getByLabel('Titre', { exact: true }).fill('Différencier en classe');
  await parcoursDialog.getByRole('radio', { name: 'Autre' }).check();
  await parcoursDialog.getByLabel('Durée en heures').fill('4');
  await expect(parcoursDialog.getByText('le cahier des charges national attend')).toBeVisible();
  await expect(parcoursDialog.getByLabel('Nom abrégé')).toHaveValue('Differencier-en-classe');
  await expectNoAxeViolations(page, 'the new-parcours dialog');
  await screenshot(page, 'new-parcours-dialog', app.target);
  await parcoursDialog.getByRole('button', { name: 'Créer le parcours' }).click();

  await project.addSection('Positionnement');
  await project.addSection('Apports');
  await project.addPage('Apports');
  const editor = new PageEditorModel(page);
  await editor.setTitle('Ressources');
  await editor.content.click();
  await page.keyboard.type('Un texte en français.');
  await project.expectSaved();
  await expectNoAxeViolations(page, 'the project screen with the outline and the editor');
  await screenshot(page, 'project', app.target);

  await editor.tool('Lien').click();
  const linkDialog = page.getByRole('dialog', { name: 'Lien' });
  await linkDialog.getByLabel('Adresse du lien').fill('javascript:alert(1)');
  await linkDialog.getByRole('button', { name: 'Appliquer' }).click();
  await expect(linkDialog.getByRole('alert')).toContainText('Adresse refusée');
  await expectNoAxeViolations(page, 'the link dialog with its error');
  await screenshot(page, 'link-dialog-refused', app.target);
  await linkDialog.getByRole('button', { name: 'Annuler' }).click();

  await page.getByRole('button', { name: 'Sauvegardes' }).click();
  const snapshots = page.getByRole('dialog', { name: 'Sauvegardes du projet' });
  await snapshots.getByRole('button', { name: 'Créer une sauvegarde' }).click();
  await expect(snapshots.getByRole('button', { name: /^Restaurer la sauvegarde/ })).toHaveCount(1);
  await expectNoAxeViolations(page, 'the snapshots dialog');
  await screenshot(page, 'snapshots-dialog', app.target);
  await snapshots.getByRole('button', { name: 'Fermer' }).click();

  await page.getByRole('button', { name: 'Supprimer la section « Positionnement »' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Supprimer la section ?' })).toBeVisible();
  await expectNoAxeViolations(page, 'the delete confirmation');
  await screenshot(page, 'delete-confirm', app.target);
});

test('l’interface passe en anglais et s’en souvient', async ({ app }) => {
  const { page } = app;
  const welcome = new WelcomePage(page);
  await welcome.expectVisible();
  await page.getByRole('button', { name: 'Paramètres' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('button', { name: 'New project…' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page, 'the welcome screen in English');
  await app.reload();
  await expect(page.getByRole('button', { name: 'Open a project…' })).toBeVisible();
});
