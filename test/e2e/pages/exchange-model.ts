import { type Locator, type Page, expect } from '@playwright/test';

/** The export and import dialogs of whole parcours, and the buttons that open them. */
export class ExchangeModel {
  readonly importButton: Locator;
  readonly importDialog: Locator;

  constructor(readonly page: Page) {
    this.importButton = page.getByRole('button', { name: 'Importer un parcours…' });
    this.importDialog = page.getByRole('dialog', { name: 'Importer un parcours' });
  }

  /** The parcours list's "Exporter…" of one parcours. */
  listExportButton(title: string): Locator {
    return this.page.getByRole('button', { name: `Exporter le parcours « ${title} »…` });
  }

  /** The open parcours' own "Exporter le parcours…", next to its outline's title. */
  outlineExportButton(): Locator {
    return this.page
      .getByRole('region', { name: /^Plan/ })
      .getByRole('button', { name: 'Exporter le parcours…', exact: true });
  }

  exportDialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: `Exporter le parcours « ${title} »` });
  }

  /** The destination field of the export dialog, whichever format is chosen. */
  exportPath(dialog: Locator): Locator {
    return dialog.getByLabel(
      /^(Fichier de la sauvegarde|Dossier de destination|Fichier HTML à écrire|Archive zip à écrire)$/,
    );
  }

  async exportTo(
    dialog: Locator,
    options: { format: 'mbz' | 'folder'; path: string; moodle?: '4.1' | '4.5'; zip?: boolean },
  ): Promise<void> {
    await dialog
      .getByRole('radio', {
        name:
          options.format === 'mbz' ? 'Sauvegarde Moodle (.mbz)' : 'Dossier de parcours (pour Git)',
      })
      .check();
    if (options.format === 'mbz') {
      await dialog.getByRole('radio', { name: new RegExp(`^${options.moodle ?? '4.1'}`) }).check();
      await dialog.getByRole('radio', { name: options.zip === true ? 'zip' : /^tar\.gz/ }).check();
    }
    await this.exportPath(dialog).fill(options.path);
    await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();
  }

  async importFrom(format: 'mbz' | 'folder', path: string): Promise<void> {
    const dialog = this.importDialog;
    await dialog
      .getByRole('radio', {
        name: format === 'mbz' ? 'Sauvegarde Moodle (.mbz)' : 'Dossier de parcours',
      })
      .check();
    await dialog
      .getByLabel(
        format === 'mbz' ? 'Chemin de la sauvegarde (.mbz)' : 'Chemin du dossier de parcours',
      )
      .fill(path);
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
  }

  /** The first line of the result (or of the error), which takes the focus when the job ends. */
  outcome(dialog: Locator): Locator {
    return dialog.locator('.exchange-outcome__title');
  }

  report(dialog: Locator): Locator {
    return dialog.getByRole('region', { name: 'Rapport' });
  }

  progressBar(dialog: Locator): Locator {
    return dialog.getByRole('progressbar');
  }

  async close(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Fermer', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
