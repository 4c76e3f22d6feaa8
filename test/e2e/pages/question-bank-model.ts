import { type Locator, type Page, expect } from '@playwright/test';

/** One answer of a choice or short-answer question: its text and its grade ("100 %", "-50 %"). */
export interface AnswerSpec {
  text: string;
  grade: string;
}

/** The parcours's question bank dialog: categories, list, question editor, import and export. */
export class QuestionBankModel {
  readonly dialog: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Banque de questions du parcours' });
    this.list = this.dialog.getByRole('list', { name: 'Questions' });
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Banque de questions' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Fermer', exact: true }).last().click();
    await expect(this.dialog).toBeHidden();
  }

  async addCategory(name: string): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Nouvelle catégorie' }).click();
    await this.field('Nom de la nouvelle catégorie').fill(name);
    await this.field('Nom de la nouvelle catégorie').press('Enter');
    await expect(
      this.dialog.getByRole('navigation', { name: 'Catégories' }).getByRole('button', {
        name: new RegExp(`^${name}`),
        pressed: false,
      }),
    ).toBeVisible();
  }

  /**
   * Opens the editor of a new question of a type: its French name in the list, or `{ value }`,
   * Moodle's type name.
   */
  async startQuestion(type: string | { value: string }, name: string, text: string): Promise<void> {
    await this.field('Type de la nouvelle question').selectOption(
      typeof type === 'string' ? { label: type } : type,
    );
    await this.dialog.getByRole('button', { name: 'Nouvelle question', exact: true }).click();
    await expect(this.dialog.getByRole('heading', { name: /^Nouvelle question/ })).toBeFocused();
    await this.field('Nom de la question').fill(name);
    await this.field('Texte de la question').fill(text);
  }

  /** Fills answers n°1… (text and grade); adds answer fields when the type starts with fewer. */
  async setAnswers(answers: AnswerSpec[]): Promise<void> {
    for (const [i, answer] of answers.entries()) {
      const label = `Réponse ${i + 1}`;
      if ((await this.field(label).count()) === 0) {
        await this.dialog.getByRole('button', { name: 'Ajouter une réponse' }).click();
      }
      await this.field(label).fill(answer.text);
      await this.field(`Note de la ${label}`).selectOption({ label: answer.grade });
    }
  }

  /** Saves the open question and waits for the list to show it. */
  async save(name: string): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Enregistrer la question' }).click();
    await expect(this.list.getByText(name, { exact: true })).toBeVisible();
  }

  /** Opens a question of the list in the editor. */
  async edit(name: string): Promise<void> {
    await this.dialog.getByRole('button', { name: `Modifier « ${name} »` }).click();
    await expect(this.dialog.getByRole('heading', { name: /^Modifier la question/ })).toBeFocused();
    await expect(this.field('Nom de la question')).toHaveValue(name);
  }

  /** The selected option's text of a select of the editor. */
  async selected(label: string): Promise<string> {
    return this.field(label).locator('option:checked').innerText();
  }

  problems(): Locator {
    return this.dialog.getByRole('alert');
  }

  /** Imports a file through the "Importer" file picker (contents written by the test). */
  async importFile(name: string, contents: string): Promise<Locator> {
    await this.dialog.getByLabel('Importer GIFT ou XML Moodle…').setInputFiles({
      name,
      mimeType: 'text/plain',
      buffer: Buffer.from(contents, 'utf8'),
    });
    const report = this.page.getByRole('dialog', { name: `Rapport d’import : ${name}` });
    await expect(report).toBeVisible();
    return report;
  }
}
