import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { TALL_VIEWPORT, createFromGabarit } from './outline-helpers';
import { OutlineModel } from './pages/outline-model';
import { ProjectPage } from './pages/project-page';
import { WelcomePage } from './pages/welcome-page';
import { screenshot } from './screenshot';

const HYBRID_SECTIONS = 8;

test('un parcours hybride 9 h depuis le gabarit, puis marqué comme gabarit et réutilisé', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize(TALL_VIEWPORT);
  const welcome = new WelcomePage(page);
  await welcome.expectVisible();
  await welcome.createProject('Gabarits');
  const project = new ProjectPage(page);
  await expect(project.title('Gabarits')).toBeVisible();

  await page.getByRole('button', { name: 'Nouveau parcours' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau parcours' });
  const start = dialog.getByLabel('Point de départ');
  await expect(start).toBeFocused();
  await start.selectOption({ label: 'Parcours hybride 9 h' });
  await expect(dialog.getByText('9 h · 8 sections')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Autre' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'the new-parcours dialog with a gabarit');
  await screenshot(page, 'new-parcours-gabarit', app.target);
  await dialog.getByLabel('Titre', { exact: true }).fill('Enseigner la lecture au cycle 2');
  await dialog.getByRole('button', { name: 'Créer le parcours' }).click();
  await expect(dialog).toBeHidden();

  const outline = new OutlineModel(page);
  await expect(outline.region.getByRole('heading', { level: 2 })).toHaveText(
    'Plan : Enseigner la lecture au cycle 2',
  );
  await expect(outline.sectionTitles()).toHaveCount(HYBRID_SECTIONS);
  await expect(outline.sectionTitles().first()).toHaveText('1. Accueil');
  await expect(outline.activity('Présentation de la formation')).toBeVisible();
  await expect(outline.activity('Note aux formateurs : accueil')).toBeVisible();
  // A trainer note is marked as hidden from participants.
  await expect(outline.activityRow('Note aux formateurs : accueil')).toContainText(
    'Masqué aux participants',
  );
  expect(await outline.activityTitles().count()).toBeGreaterThan(15);
  await expectNoAxeViolations(page, 'the outline of the 9 h gabarit');
  await screenshot(page, 'outline-gabarit-9h', app.target);

  // The parcours list: rename and change the duration, then mark as gabarit.
  await page
    .getByRole('button', {
      name: 'Modifier le titre et la durée de « Enseigner la lecture au cycle 2 »',
    })
    .click();
  const edit = page.getByRole('dialog', { name: /^Modifier le parcours/ });
  await expect(edit.getByRole('radio', { name: '9 h' })).toBeChecked();
  await edit.getByLabel('Titre', { exact: true }).fill('Lire au cycle 2');
  await edit.getByRole('radio', { name: '6 h' }).check();
  await expectNoAxeViolations(page, 'the edit-parcours dialog');
  await screenshot(page, 'edit-parcours-dialog', app.target);
  await edit.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(edit).toBeHidden();
  await expect(outline.region.getByRole('heading', { level: 2 })).toHaveText(
    'Plan : Lire au cycle 2',
  );
  await expect(page.locator('.parcours-list__meta').first()).toContainText('6 h');

  await page.getByRole('button', { name: 'Marquer « Lire au cycle 2 » comme gabarit' }).click();
  await expect(page.locator('.parcours-list').getByText('Gabarit', { exact: true })).toBeVisible();
  await project.expectSaved();
  await screenshot(page, 'parcours-list-gabarit', app.target);

  // The project's gabarit is offered next to the shipped ones.
  await createFromGabarit(page, 'Lire au cycle 2', 'Lire au cycle 2 — session de mars');
  await expect(outline.region.getByRole('heading', { level: 2 })).toHaveText(
    'Plan : Lire au cycle 2 — session de mars',
  );
  await expect(outline.sectionTitles()).toHaveCount(HYBRID_SECTIONS);

  await page
    .getByRole('button', { name: 'Ne plus utiliser « Lire au cycle 2 » comme gabarit' })
    .click();
  await expect(page.locator('.parcours-list').getByText('Gabarit', { exact: true })).toHaveCount(0);

  await app.reload();
  await expect(page.locator('.parcours-list__title')).toHaveText([
    'Lire au cycle 2',
    'Lire au cycle 2 — session de mars',
  ]);
});
