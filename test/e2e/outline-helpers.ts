import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { ProjectPage } from './pages/project-page';
import { WelcomePage } from './pages/welcome-page';

/** Tall enough for the virtualized outline of a 9 h gabarit to be on screen whole. */
export const TALL_VIEWPORT = { width: 1500, height: 2800 };

/** A new project, then a parcours created from a gabarit through the "Nouveau parcours" dialog. */
export const projectFromGabarit = async (
  page: Page,
  project: string,
  gabarit: string,
  title?: string,
): Promise<ProjectPage> => {
  await page.setViewportSize(TALL_VIEWPORT);
  const welcome = new WelcomePage(page);
  await welcome.expectVisible();
  await welcome.createProject(project);
  const projectPage = new ProjectPage(page);
  await expect(projectPage.title(project)).toBeVisible();
  await createFromGabarit(page, gabarit, title);
  return projectPage;
};

export const createFromGabarit = async (
  page: Page,
  gabarit: string,
  title?: string,
): Promise<void> => {
  await page.getByRole('button', { name: 'Nouveau parcours' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau parcours' });
  await dialog.getByLabel('Point de départ').selectOption({ label: gabarit });
  if (title !== undefined) await dialog.getByLabel('Titre', { exact: true }).fill(title);
  await dialog.getByRole('button', { name: 'Créer le parcours' }).click();
  await expect(dialog).toBeHidden();
};
