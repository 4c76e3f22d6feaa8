import { expectNoAxeViolations } from './axe';
import type { BrowserGlobals, ImageLike } from './browser-globals';
import { expect, test } from './fixtures';
import { makePng } from './make-png';
import { InsertImageModel } from './pages/insert-image-model';
import { MediaLibraryModel } from './pages/media-library-model';
import { screenshot } from './screenshot';
import { startProjectWithPage } from './start-project';

test('une image importée n’est insérée qu’avec un texte alternatif, et reste après rechargement', async ({
  app,
}) => {
  const { page } = app;
  const { project, editor } = await startProjectWithPage(page, { pageTitle: 'Carte mentale' });
  await editor.content.click();
  await page.keyboard.type('Observez la carte :');

  await editor.tool('Image').click();
  const insert = new InsertImageModel(page);
  await expect(insert.dialog).toBeVisible();
  await insert.importFile('carte.png', makePng(320, 200));
  await expectNoAxeViolations(page, 'the insert-image dialog');
  await screenshot(page, 'insert-image-dialog', app.target);

  // Without alt text and not decorative: refused, and the dialog says why.
  await insert.submit.click();
  await expect(insert.dialog.getByRole('alert')).toContainText('Image non insérée');
  await expect(insert.alt).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.content.locator('img')).toHaveCount(0);
  await expectNoAxeViolations(page, 'the insert-image dialog with its refusal');
  await screenshot(page, 'insert-image-refused', app.target);

  await insert.alt.fill('Carte mentale des étapes de l’évaluation formative');
  await insert.submit.click();
  await expect(insert.dialog).toBeHidden();
  const image = editor.content.locator('img');
  await expect(image).toHaveAttribute('alt', 'Carte mentale des étapes de l’évaluation formative');
  await project.expectSaved();
  await expectNoAxeViolations(page, 'the editor with an image');
  await screenshot(page, 'editor-with-image', app.target);

  await app.reload();
  await project.activity('Carte mentale').click();
  const reloaded = editor.content.locator('img');
  await expect(reloaded).toHaveAttribute(
    'alt',
    'Carte mentale des étapes de l’évaluation formative',
  );
  await expect
    .poll(() => reloaded.evaluate((element: ImageLike) => element.naturalWidth))
    .toBe(320);

  const library = new MediaLibraryModel(page);
  await library.open();
  const item = library.item('carte.png');
  await expect(item).toContainText(/\d+(,\d)?\s+ko/);
  await expect(item).toContainText('320 × 200');
  await expect(item).toContainText('Carte mentale');
  await expect(item.getByRole('button', { name: 'Supprimer « carte.png »' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(item).toContainText('Utilisé à 1 endroit');
  await expect
    .poll(() => item.locator('img').evaluate((element: ImageLike) => element.naturalWidth))
    .toBeGreaterThan(0);
  // Credits, which a Moodle backup carries for every file.
  await item.getByLabel('Auteur', { exact: true }).fill('Équipe académique');
  await item.getByLabel('Licence', { exact: true }).selectOption('cc-sa-4.0');
  await expectNoAxeViolations(page, 'the media library');
  await screenshot(page, 'media-library', app.target);
  await library.close();
  await app.reload();
  await library.open();
  const again = library.item('carte.png');
  await expect(again.getByLabel('Auteur', { exact: true })).toHaveValue('Équipe académique');
  await expect(again.getByLabel('Licence', { exact: true })).toHaveValue('cc-sa-4.0');
  await expect(again.getByLabel('Licence', { exact: true })).toContainText(
    'CC BY-SA 4.0 (partage dans les mêmes conditions)',
  );
});

test('la médiathèque importe par glisser-déposer et supprime un média inutilisé', async ({
  app,
}) => {
  const { page } = app;
  await startProjectWithPage(page);
  const library = new MediaLibraryModel(page);
  await library.open();
  const png = makePng(64, 48).toString('base64');
  const dataTransfer = await page.evaluateHandle((base64) => {
    const browser = globalThis as unknown as BrowserGlobals;
    const bytes = Uint8Array.from(browser.atob(base64), (char) => char.charCodeAt(0));
    const transfer = new browser.DataTransfer();
    transfer.items.add(new browser.File([bytes], 'depose.png', { type: 'image/png' }));
    return transfer;
  }, png);
  const zone = library.dialog.locator('.media-library__drop');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  const pending = library.dialog.getByRole('region', { name: 'Images à décrire avant import' });
  await pending.getByRole('button', { name: 'Importer « depose.png »' }).click();
  await expect(pending.getByRole('alert')).toContainText('Image non importée');
  await pending.getByLabel('Texte alternatif', { exact: true }).fill('Logo de l’académie');
  await pending.getByRole('button', { name: 'Importer « depose.png »' }).click();
  await expect(pending).toBeHidden();
  const item = library.item('depose.png');
  await expect(item).toContainText('Utilisé dans : nulle part');
  await expect(item.getByLabel('Texte alternatif', { exact: true })).toHaveValue(
    'Logo de l’académie',
  );
  await item.getByRole('button', { name: 'Supprimer « depose.png »' }).click();
  await expect(item).toBeHidden();
  await expect(library.dialog).toContainText('La médiathèque est vide.');
});
