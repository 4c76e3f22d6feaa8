import { type Locator, type Page, expect } from '@playwright/test';

/** The project screen: header, parcours list, outline. The page editor has its own model. */
export class ProjectPage {
  readonly saveIndicator: Locator;
  readonly outline: Locator;
  readonly newSectionField: Locator;

  constructor(readonly page: Page) {
    this.saveIndicator = page.locator('.save-indicator');
    this.outline = page.getByRole('region', { name: /^Plan/ });
    this.newSectionField = page.getByLabel('Titre de la nouvelle section');
  }

  title(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveIndicator).toHaveText('Enregistré');
  }

  undoButton(): Locator {
    return this.page
      .getByRole('group', { name: 'Historique' })
      .getByRole('button', { name: /^Annuler/ });
  }

  redoButton(): Locator {
    return this.page
      .getByRole('group', { name: 'Historique' })
      .getByRole('button', { name: /^Rétablir/ });
  }

  async createParcours(title: string, options: { hours?: '3' | '6' | '9' } = {}): Promise<void> {
    await this.page.getByRole('button', { name: 'Nouveau parcours' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Nouveau parcours' });
    await dialog.getByLabel('Titre', { exact: true }).fill(title);
    await dialog.getByRole('radio', { name: `${options.hours ?? '3'} h` }).check();
    await dialog.getByRole('button', { name: 'Créer le parcours' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.outline.getByRole('heading', { level: 2 })).toHaveText(`Plan : ${title}`);
  }

  async addSection(title: string): Promise<void> {
    await this.newSectionField.fill(title);
    await this.page.getByRole('button', { name: 'Ajouter une section', exact: true }).click();
    await expect(this.sectionHeading(title)).toBeVisible();
  }

  sectionHeading(title: string): Locator {
    return this.outline.getByRole('heading', { level: 3, name: title, exact: true });
  }

  /** The section titles, in outline order. */
  sectionTitles(): Locator {
    return this.outline.locator('.section-title__text');
  }

  async renameSection(from: string, to: string): Promise<void> {
    await this.page.getByRole('button', { name: `Renommer la section « ${from} »` }).click();
    const field = this.page.getByLabel(`Nouveau titre de la section « ${from} »`);
    await field.fill(to);
    await field.press('Enter');
    await expect(this.sectionHeading(to)).toBeVisible();
  }

  async addPage(sectionTitle: string): Promise<void> {
    await this.page.getByRole('button', { name: `Ajouter une page à « ${sectionTitle} »` }).click();
  }

  activity(title: string): Locator {
    return this.outline.getByRole('button', { name: new RegExp(`${title}$`) });
  }

  async close(): Promise<void> {
    await this.page.getByRole('button', { name: 'Fermer le projet' }).click();
  }
}
