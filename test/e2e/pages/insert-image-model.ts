import { type Locator, type Page, expect } from '@playwright/test';

/** The "Insérer une image" dialog the editor toolbar opens. */
export class InsertImageModel {
  readonly dialog: Locator;
  readonly alt: Locator;
  readonly decorative: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Insérer une image' });
    this.alt = this.dialog.getByLabel('Texte alternatif (ce que montre l’image)');
    this.decorative = this.dialog.getByLabel('Image décorative (aucun texte alternatif)');
    this.submit = this.dialog.getByRole('button', { name: 'Insérer l’image' });
  }

  async importFile(name: string, buffer: Buffer): Promise<void> {
    await this.dialog
      .getByLabel('Importer une image…')
      .setInputFiles({ name, mimeType: 'image/png', buffer });
    await expect(this.dialog.getByText(`Nouvelle image : ${name}`)).toBeVisible();
  }
}
