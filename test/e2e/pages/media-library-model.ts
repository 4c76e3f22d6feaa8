import { type Locator, type Page, expect } from '@playwright/test';

/** The media library dialog (header button "Médiathèque"). */
export class MediaLibraryModel {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Médiathèque du projet' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Médiathèque', exact: true }).click();
    await expect(this.dialog).toBeVisible();
  }

  item(name: string): Locator {
    return this.dialog.getByRole('listitem', { name });
  }

  async importFile(name: string, mimeType: string, buffer: Buffer): Promise<void> {
    await this.dialog
      .getByLabel('Importer des fichiers…')
      .setInputFiles({ name, mimeType, buffer });
    await expect(this.item(name)).toBeVisible();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Fermer' }).last().click();
    await expect(this.dialog).toBeHidden();
  }
}
