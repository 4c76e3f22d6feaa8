import { type Locator, type Page, expect } from '@playwright/test';

/** The right-hand pane: an activity's title, its type settings and the common settings. */
export class ActivitySettingsModel {
  readonly pane: Locator;
  readonly minutes: Locator;
  readonly completion: Locator;
  readonly modality: Locator;

  constructor(readonly page: Page) {
    this.pane = page
      .getByRole('region', { name: /^(Page|Activité)$/ })
      .or(page.locator('.pane--editor'));
    this.minutes = page.getByLabel('Durée estimée (minutes)');
    this.completion = page.getByLabel('Achèvement');
    this.modality = page.getByLabel('Modalité de l’activité');
  }

  field(label: string): Locator {
    return this.page.locator('.pane--editor').getByLabel(label, { exact: true });
  }

  role(name: 'Participants' | 'Formateurs' | 'Tuteurs' | 'Concepteurs'): Locator {
    return this.page
      .locator('.pane--editor')
      .getByRole('group', { name: 'Visible par' })
      .getByRole('checkbox', { name });
  }

  async setMinutes(value: string): Promise<void> {
    await this.minutes.fill(value);
    await this.minutes.blur();
  }

  async expectTitle(title: string): Promise<void> {
    await expect(
      this.page.locator('.pane--editor').getByLabel(/^Titre de (la page|l’activité)$/),
    ).toHaveValue(title);
  }
}
