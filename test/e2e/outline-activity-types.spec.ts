import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { TALL_VIEWPORT } from './outline-helpers';
import { ActivitySettingsModel } from './pages/activity-settings-model';
import { OutlineModel } from './pages/outline-model';
import { ProjectPage } from './pages/project-page';
import { WelcomePage } from './pages/welcome-page';
import { screenshot } from './screenshot';

interface TypeCase {
  name: string;
  title: string;
  /** Sets one setting of the type's own. */
  edit?: (settings: ActivitySettingsModel) => Promise<void>;
  /** Checks it after a reload. */
  check?: (settings: ActivitySettingsModel) => Promise<void>;
}

const select = (label: string, option: string): Pick<TypeCase, 'edit' | 'check'> => ({
  edit: async (s) => {
    await s.field(label).selectOption({ label: option });
  },
  check: async (s) => {
    await expect(s.field(label).locator('option:checked')).toHaveText(option);
  },
});

const number = (label: string, value: string): Pick<TypeCase, 'edit' | 'check'> => ({
  edit: async (s) => {
    await s.field(label).fill(value);
    await s.field(label).blur();
  },
  check: async (s) => {
    await expect(s.field(label)).toHaveValue(value);
  },
});

const CASES: TypeCase[] = [
  { name: 'Page', title: 'Lire les programmes' },
  {
    name: 'Étiquette',
    title: 'Pour les formateurs',
    ...select('Type d’étiquette', 'Note aux formateurs'),
  },
  {
    name: 'Lien',
    title: 'Site Éduscol',
    edit: async (s) => {
      const url = s.field('Adresse du lien');
      await url.fill('ftp://eduscol.fr');
      await expect(
        s.page.getByText('Adresse refusée : elle doit commencer par https://'),
      ).toBeVisible();
      await expect(url).toHaveAttribute('aria-invalid', 'true');
      await url.fill('https://eduscol.education.fr/');
      await url.blur();
    },
    check: async (s) => {
      await expect(s.field('Adresse du lien')).toHaveValue('https://eduscol.education.fr/');
    },
  },
  {
    name: 'Fichier',
    title: 'Programme officiel',
    ...select('Affichage', 'Forcer le téléchargement'),
  },
  {
    name: 'Livre',
    title: 'Guide de la séance',
    edit: async (s) => {
      await s.page.getByRole('button', { name: 'Ajouter un chapitre' }).click();
      await expect(s.field('Titre du chapitre 1')).toHaveValue('Chapitre 1');
    },
    check: async (s) => {
      await expect(s.field('Titre du chapitre 1')).toHaveValue('Chapitre 1');
    },
  },
  { name: 'Forum', title: 'Questions', ...select('Type de forum', 'Questions et réponses') },
  { name: 'Wiki', title: 'Wiki de la classe', ...select('Mode du wiki', 'Individuel') },
  {
    name: 'Glossaire',
    title: 'Lexique',
    edit: async (s) => {
      await s.page
        .getByRole('checkbox', { name: 'Les participants peuvent ajouter des articles' })
        .uncheck();
    },
    check: async (s) => {
      await expect(
        s.page.getByRole('checkbox', { name: 'Les participants peuvent ajouter des articles' }),
      ).not.toBeChecked();
    },
  },
  { name: 'Classe virtuelle', title: 'Point d’étape', ...number('Durée (minutes)', '90') },
  { name: 'Devoir', title: 'Préparer une séance', ...number('Note maximale', '20') },
  { name: 'Test', title: 'Vérifier ses acquis', ...number('Nombre de tentatives', '2') },
  {
    name: 'Questionnaire',
    title: 'Questionnaire final',
    ...select('Finalité', 'Questionnaire déclaratif final'),
  },
  {
    name: 'Sondage',
    title: 'Choix du créneau',
    edit: async (s) => {
      await s.page.getByRole('button', { name: 'Ajouter une option' }).click();
      await s.page.getByRole('button', { name: 'Ajouter une option' }).click();
      await expect(s.field('Option 2')).toHaveValue('Option 2');
    },
    check: async (s) => {
      await expect(s.field('Option 2')).toHaveValue('Option 2');
    },
  },
  {
    name: 'Carnet de bord',
    title: 'Mon carnet',
    ...select('Achèvement', 'Achevée quand le participant a remis ou répondu'),
  },
];

const setTitle = async (page: Page, title: string): Promise<void> => {
  const field = page.locator('.pane--editor').getByLabel(/^Titre de (la page|l’activité)$/);
  await expect(field).toBeFocused();
  await field.fill(title);
  await field.press('Enter');
};

test('chaque type d’activité est créé, réglé, et retrouvé après rechargement', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.setViewportSize(TALL_VIEWPORT);
  const welcome = new WelcomePage(page);
  await welcome.expectVisible();
  await welcome.createProject('Tous les types');
  const project = new ProjectPage(page);
  await project.createParcours('Catalogue');
  const outline = new OutlineModel(page);
  await outline.addSection('Séquence');
  const settings = new ActivitySettingsModel(page);

  for (const [index, item] of CASES.entries()) {
    await outline.addActivity('Séquence', item.name);
    await setTitle(page, item.title);
    await expect(outline.activity(item.title)).toBeVisible();
    await settings.setMinutes(String(10 + index));
    await settings.role('Tuteurs').uncheck();
    await item.edit?.(settings);
    await project.expectSaved();
    if (index === 0 || item.name === 'Devoir') {
      await expectNoAxeViolations(page, `the settings of a ${item.name}`);
      await screenshot(page, `activity-settings-${index}`, app.target);
    }
  }
  // The type dialog itself.
  await page.getByRole('button', { name: 'Ajouter une activité à « Séquence »' }).click();
  await expectNoAxeViolations(page, 'the add-activity dialog');
  await screenshot(page, 'add-activity-dialog', app.target);
  await page.keyboard.press('Escape');

  await app.reload();
  for (const [index, item] of CASES.entries()) {
    await outline.activity(item.title).click();
    await settings.expectTitle(item.title);
    await expect(settings.minutes).toHaveValue(String(10 + index));
    await expect(settings.role('Tuteurs')).not.toBeChecked();
    await expect(settings.role('Participants')).toBeChecked();
    await expect(outline.activityRow(item.title)).toContainText(`${10 + index} min`);
    await item.check?.(settings);
  }
});

test('une activité masquée aux participants est signalée, et l’achèvement suit le type', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize(TALL_VIEWPORT);
  await new WelcomePage(page).createProject('Visibilité');
  const project = new ProjectPage(page);
  await project.createParcours('Réservé');
  const outline = new OutlineModel(page);
  await outline.addSection('Accueil');
  await outline.addActivity('Accueil', 'Forum');
  await setTitle(page, 'Salle des formateurs');
  const settings = new ActivitySettingsModel(page);
  await settings.role('Participants').uncheck();
  await expect(page.getByText('Les participants ne verront pas cette activité')).toBeVisible();
  await expect(outline.activityRow('Salle des formateurs')).toContainText('Masqué');
  await settings.modality.selectOption({ label: 'En présentiel' });
  await expect(outline.activityRow('Salle des formateurs')).toContainText('En présentiel');
  // A forum has no passing grade.
  await expect(settings.completion.locator('option')).not.toContainText([
    'Achevée avec la note de passage',
  ]);
  await settings.minutes.fill('-3');
  await expect(page.getByText('Saisissez une valeur entre 0 et 100000.')).toBeVisible();
  await expect(settings.minutes).toHaveValue('-3');
  await project.expectSaved();
  await expectNoAxeViolations(page, 'an activity hidden from participants, with an invalid value');
  await screenshot(page, 'activity-hidden-invalid', app.target);
});
