import { type Locator, type Page, expect } from '@playwright/test';

/** A questionnaire's items editor in the right-hand pane, and its "fill it in" dialog. */
export class FeedbackModel {
  readonly pane: Locator;
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.pane = page.locator('.pane--editor');
    this.items = this.pane.getByRole('group', { name: 'Éléments du questionnaire' });
  }

  /** The frame of item n ("Élément 3 : Choix multiple"). */
  item(n: number, type: string): Locator {
    const escaped = type.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.items.getByRole('group', { name: new RegExp(`^Élément ${n} : ${escaped}`) });
  }

  /** Adds an item of a type; its text field (when it has one) gets the focus and `text`. */
  async add(type: string, n: number, text?: string): Promise<Locator> {
    await this.items.getByLabel('Type du nouvel élément').selectOption({ label: type });
    await this.items.getByRole('button', { name: 'Ajouter l’élément' }).click();
    const item = this.item(n, type);
    await expect(item).toBeVisible();
    if (text !== undefined) {
      const field = item.getByLabel(/^(Question|Texte affiché \(HTML\))$/);
      await expect(field).toBeFocused();
      await field.fill(text);
    }
    return item;
  }

  /** Shows `item` only when the item labelled `dependsOn` ("Élément 1 : …") was answered `value`. */
  async setCondition(item: Locator, dependsOn: string, value: string): Promise<void> {
    const condition = item.getByRole('group', { name: 'Condition d’affichage' });
    await condition
      .getByLabel('Afficher seulement si l’élément')
      .selectOption({ label: dependsOn });
    await condition.getByLabel('a reçu la réponse').selectOption({ label: value });
  }

  fillDialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: `Remplir : ${title}` });
  }
}
