import { type Locator, type Page, expect } from '@playwright/test';

/** The page editor: title field, formatting toolbar, rich-text content. */
export class PageEditorModel {
  readonly titleField: Locator;
  readonly toolbar: Locator;
  readonly content: Locator;

  constructor(readonly page: Page) {
    this.titleField = page.getByLabel('Titre de la page');
    // exact: the intro field below has its own toolbar, « Mise en forme : Présentation… ».
    this.toolbar = page.getByRole('toolbar', { name: 'Mise en forme', exact: true });
    this.content = page.getByRole('textbox', { name: 'Contenu de la page' });
  }

  tool(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  async setTitle(title: string): Promise<void> {
    await this.titleField.fill(title);
    await this.titleField.press('Enter');
  }

  /** Applies a link to the current selection through the "Lien" dialog. */
  async link(href: string): Promise<void> {
    await this.tool('Lien').click();
    const dialog = this.page.getByRole('dialog', { name: 'Lien' });
    await dialog.getByLabel('Adresse du lien').fill(href);
    await dialog.getByRole('button', { name: 'Appliquer' }).click();
    await expect(dialog).toBeHidden();
  }
}
