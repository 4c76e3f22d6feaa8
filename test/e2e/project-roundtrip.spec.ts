import { expect, test } from './fixtures';
import { PageEditorModel } from './pages/page-editor-model';
import { ProjectPage } from './pages/project-page';
import { WelcomePage } from './pages/welcome-page';
import { screenshot } from './screenshot';

const PROJECT = 'Former au numérique';
const PARCOURS = 'Enseigner avec le numérique';

const expectFormattedPage = async (editor: PageEditorModel): Promise<void> => {
  await expect(editor.content.locator('h2')).toHaveText('Objectifs');
  await expect(editor.content.locator('strong')).toHaveText('important');
  await expect(editor.content.locator('ul > li')).toHaveText(['premier point', 'second point']);
  const link = editor.content.locator('a');
  await expect(link).toHaveText('le site Éduscol');
  await expect(link).toHaveAttribute('href', 'https://eduscol.education.fr/');
};

test('un projet écrit, rechargé, puis annulé et rétabli, même après réouverture', async ({
  app,
}) => {
  const { page } = app;
  const welcome = new WelcomePage(page);
  await welcome.expectVisible();
  await welcome.createProject(PROJECT);

  const project = new ProjectPage(page);
  await expect(project.title(PROJECT)).toBeVisible();
  await project.createParcours(PARCOURS, { hours: '6' });
  await project.addSection('Accueil');
  await project.addSection('Séquence 1');
  await expect(project.sectionTitles()).toHaveText(['1. Accueil', '2. Séquence 1']);

  await project.addPage('Séquence 1');
  const editor = new PageEditorModel(page);
  await expect(editor.titleField).toBeFocused();
  await editor.setTitle('Lire une consigne');
  await expect(project.activity('Lire une consigne')).toBeVisible();

  await editor.content.click();
  await editor.tool('Titre 2').click();
  await expect(editor.tool('Titre 2')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Objectifs');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Un point ');
  await editor.tool('Gras').click();
  await page.keyboard.type('important');
  await editor.tool('Gras').click();
  await page.keyboard.press('Enter');
  await editor.tool('Liste à puces').click();
  await page.keyboard.type('premier point');
  await page.keyboard.press('Enter');
  await page.keyboard.type('second point');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Voir le site Éduscol');
  for (let i = 0; i < 'le site Éduscol'.length; i += 1)
    await page.keyboard.press('Shift+ArrowLeft');
  await editor.link('https://eduscol.education.fr/');
  await expectFormattedPage(editor);
  await project.expectSaved();
  await screenshot(page, 'project-editor', app.target);

  await app.reload();
  await expect(project.title(PROJECT)).toBeVisible();
  await expect(project.sectionTitles()).toHaveText(['1. Accueil', '2. Séquence 1']);
  await project.activity('Lire une consigne').click();
  await expect(editor.titleField).toHaveValue('Lire une consigne');
  await expectFormattedPage(editor);

  await project.renameSection('Accueil', 'Bienvenue');
  await project.expectSaved();
  await expect(project.undoButton()).toHaveText('Annuler : Renommer la section');
  await project.undoButton().click();
  await expect(project.sectionHeading('Accueil')).toBeVisible();
  await expect(project.redoButton()).toHaveText('Rétablir : Renommer la section');
  await project.redoButton().click();
  await expect(project.sectionHeading('Bienvenue')).toBeVisible();

  await project.close();
  await welcome.expectVisible();
  await screenshot(page, 'welcome-recent', app.target);
  await welcome.openRecent(PROJECT);
  await expect(project.title(PROJECT)).toBeVisible();
  await expect(project.undoButton()).toHaveText('Annuler : Renommer la section');
  await project.undoButton().click();
  await expect(project.sectionHeading('Accueil')).toBeVisible();
  await expect(project.sectionHeading('Bienvenue')).toHaveCount(0);
});
