import { type Locator, type Page, expect } from '@playwright/test';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The virtualized outline: section heads, activity rows, selection toolbar, dialogs. */
export class OutlineModel {
  readonly region: Locator;
  readonly list: Locator;
  readonly toolbar: Locator;
  readonly announcer: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: /^Plan/ });
    this.list = this.region.getByRole('list', { name: 'Sections et activités' });
    this.toolbar = this.region.getByRole('group', { name: 'Actions sur la sélection' });
    this.announcer = this.region.getByTestId('outline-announcer');
  }

  /** Section titles in outline order, as "1. Accueil" (rows on screen only: keep the viewport tall). */
  sectionTitles(): Locator {
    return this.region.locator('.section-title__text');
  }

  /** Activity titles in outline order (rows on screen only). */
  activityTitles(): Locator {
    return this.region.locator('.activity-link__title');
  }

  /** Titles of the activities of one section, in order. */
  async activitiesOf(sectionTitle: string): Promise<string[]> {
    // A script string: the e2e tsconfig has no DOM types.
    const result: unknown = await this.page.evaluate(`(() => {
      const title = ${JSON.stringify(sectionTitle)};
      const rows = [...document.querySelectorAll('[data-row-key]')].sort(
        (a, b) => Number(a.dataset.index) - Number(b.dataset.index),
      );
      const out = [];
      let inside = false;
      for (const row of rows) {
        const heading = row.querySelector('.section-title__text, .section-title__input');
        if (heading) inside = (heading.textContent || '').replace(/^\\d+\\.\\s*/, '') === title;
        const activity = row.querySelector('.activity-link__title');
        if (inside && activity) out.push(activity.textContent || '');
      }
      return out;
    })()`);
    return Array.isArray(result) ? result.map(String) : [];
  }

  activity(title: string): Locator {
    return this.list.getByRole('button', { name: new RegExp(`${escape(title)}$`) });
  }

  activityRow(title: string): Locator {
    return this.list.getByRole('listitem').filter({
      has: this.page.getByRole('button', { name: new RegExp(`${escape(title)}$`) }),
    });
  }

  sectionRow(title: string): Locator {
    return this.list
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 3, name: title, exact: true }) });
  }

  checkbox(title: string): Locator {
    return this.list.getByRole('checkbox', { name: `Sélectionner « ${title} »` });
  }

  /** Adds an activity of a type (its French name) to a section through the type dialog. */
  async addActivity(sectionTitle: string, typeName: string): Promise<void> {
    await this.page
      .getByRole('button', { name: `Ajouter une activité à « ${sectionTitle} »` })
      .click();
    const dialog = this.page.getByRole('dialog', {
      name: `Ajouter une activité à « ${sectionTitle} »`,
    });
    await dialog.getByRole('button', { name: new RegExp(`^${escape(typeName)} `) }).click();
    await expect(dialog).toBeHidden();
  }

  async addSection(title: string): Promise<void> {
    await this.region.getByLabel('Titre de la nouvelle section').fill(title);
    await this.region.getByRole('button', { name: 'Ajouter une section', exact: true }).click();
    await expect(this.sectionRow(title)).toBeVisible();
  }

  /** Drags a row (activity or section title) onto another row with the mouse, as dnd-kit expects. */
  async drag(from: Locator, to: Locator): Promise<void> {
    const source = await from.boundingBox();
    const target = await to.boundingBox();
    if (!source || !target) throw new Error('drag: a row is not on screen');
    await this.page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(source.x + source.width / 2, source.y + source.height / 2 + 10, {
      steps: 3,
    });
    await this.page.mouse.move(target.x + target.width / 2, target.y + target.height / 3, {
      steps: 12,
    });
    await this.page.mouse.up();
  }
}
