import { type Locator, type Page, expect } from '@playwright/test';

/** The welcome screen: new project, open project, recent projects. */
export class WelcomePage {
  readonly heading: Locator;
  readonly newProjectButton: Locator;
  readonly openProjectButton: Locator;
  readonly recentList: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Atelier' });
    this.newProjectButton = page.getByRole('button', { name: 'Nouveau projet…' });
    this.openProjectButton = page.getByRole('button', { name: 'Ouvrir un projet…' });
    this.recentList = page.getByRole('region', { name: 'Projets récents' });
  }

  async expectVisible(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  newProjectDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Nouveau projet' });
  }

  async openNewProjectDialog(): Promise<Locator> {
    await this.newProjectButton.click();
    const dialog = this.newProjectDialog();
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Creates a project; the path is the one the dialog proposes unless `path` is given. */
  async createProject(title: string, path?: string): Promise<string> {
    const dialog = await this.openNewProjectDialog();
    await dialog.getByLabel('Titre du projet').fill(title);
    const pathField = dialog.getByLabel('Fichier du projet');
    if (path !== undefined) await pathField.fill(path);
    const finalPath = await pathField.inputValue();
    await dialog.getByRole('button', { name: 'Créer le projet' }).click();
    return finalPath;
  }

  async openByPath(path: string): Promise<void> {
    await this.openProjectButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'Ouvrir un projet' });
    await dialog.getByLabel('Chemin du fichier .atelier').fill(path);
    await dialog.getByRole('button', { name: 'Ouvrir', exact: true }).click();
  }

  async openRecent(title: string): Promise<void> {
    await this.recentList.getByRole('button', { name: new RegExp(`^${title}`) }).click();
  }

  errorDialog(): Locator {
    return this.page.getByRole('alertdialog', { name: 'Impossible d’ouvrir le projet' });
  }
}
