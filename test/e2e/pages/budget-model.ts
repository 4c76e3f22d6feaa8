import { type Locator, type Page } from '@playwright/test';

/** The "Budget temps" panel of the selected parcours. */
export class BudgetModel {
  readonly panel: Locator;
  readonly total: Locator;
  readonly delta: Locator;
  readonly gauge: Locator;
  readonly timeline: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Budget temps' });
    this.total = this.panel.getByTestId('budget-total');
    this.delta = this.panel.getByTestId('budget-delta');
    this.gauge = this.panel.getByRole('img', { name: /^Jauge du budget/ });
    this.timeline = this.panel.getByRole('img', { name: /^Frise/ });
  }

  legend(modality: string): Locator {
    return this.panel.getByRole('listitem').filter({ hasText: modality });
  }
}
