import { type Locator, type Page, expect } from '@playwright/test';

/** The indexation dialog of the selected parcours. */
export class IndexationModel {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^Indexation : / });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Indexation du parcours…' }).click();
    await expect(this.dialog.getByLabel('Objectif')).toBeVisible();
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  async addTags(label: string, values: string[]): Promise<void> {
    const field = this.field(label);
    for (const value of values) {
      await field.fill(value);
      await field.press('Enter');
    }
  }

  tags(label: string): Locator {
    return this.dialog.getByRole('list', { name: `${label} : valeurs` }).getByRole('listitem');
  }

  duration(legend: string): { hours: Locator; minutes: Locator } {
    const group = this.dialog.getByRole('group', { name: legend });
    return { hours: group.getByLabel('heures'), minutes: group.getByLabel('minutes') };
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Fermer' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
