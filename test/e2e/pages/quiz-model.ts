import { type Locator, type Page, expect } from '@playwright/test';

/** A quiz's settings in the right-hand pane (its slots) and the "try it" dialog. */
export class QuizModel {
  readonly pane: Locator;
  readonly slots: Locator;

  constructor(readonly page: Page) {
    this.pane = page.locator('.pane--editor');
    this.slots = this.pane.getByRole('list', { name: 'Questions du test' });
  }

  /** The slot rows' labels, in order ("Question 1 du test : Capitale"). */
  slotRows(): Locator {
    return this.slots.locator('.quiz-slots__row');
  }

  slot(n: number, name: string): Locator {
    return this.pane.getByLabel(`Question ${n} du test : ${name}`, { exact: true });
  }

  /** Picks a bank question and adds it; waits for its slot. */
  async addQuestion(name: string, typeLabel: string, position: number): Promise<void> {
    await this.pane
      .getByLabel('Question de la banque', { exact: true })
      .selectOption({ label: `${name} (${typeLabel})` });
    await this.pane.getByRole('button', { name: 'Ajouter au test' }).click();
    await expect(this.slot(position, name)).toBeVisible();
  }

  /** "Ajouter une question aléatoire": category, subcategories, tags and the matching count. */
  randomForm(): Locator {
    return this.pane.getByRole('group', { name: 'Ajouter une question aléatoire' });
  }

  tryDialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: `Essai : ${title}` });
  }

  /** A question of the try-it dialog, by its number. */
  question(dialog: Locator, n: number): Locator {
    return dialog.getByRole('region', { name: new RegExp(`^Question ${n} —`) });
  }
}
