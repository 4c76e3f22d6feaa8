import { expectNoAxeViolations } from './axe';
import type { ImageLike } from './browser-globals';
import { coreInvoke } from './core-invoke';
import { expect, test } from './fixtures';
import { makePng } from './make-png';
import { BudgetModel } from './pages/budget-model';
import { IndexationModel } from './pages/indexation-model';
import { screenshot } from './screenshot';
import { startProjectWithPage } from './start-project';

const LONG = 'Un formateur répond sous 48 h sur le forum du parcours. '.repeat(6);

test('le formulaire d’indexation s’enregistre, compte l’accompagnement et garde ses valeurs', async ({
  app,
}) => {
  const { page } = app;
  const { project } = await startProjectWithPage(page);
  const indexation = new IndexationModel(page);
  await indexation.open();
  await indexation.field('Objectif').fill('Concevoir des évaluations formatives.');
  await indexation.field('Collection').selectOption({ label: 'Découverte' });
  await indexation.addTags('Publics cibles', ['Professeurs des écoles', 'Formateurs']);
  await indexation.field('Domaine').fill('Évaluation');
  await indexation.addTags('Mots-clés', ['évaluation', 'formatif']);
  const accompagnement = indexation.field('Accompagnement');
  await accompagnement.fill(LONG);
  await expect(accompagnement).toHaveValue(LONG.slice(0, 250));
  await expect(indexation.dialog.getByTestId('accompagnement-counter')).toHaveText(
    '250 / 250 caractères',
  );
  await indexation.field('Rythme').fill('Une étape par semaine');
  const distance = indexation.duration('Temps à distance');
  await distance.hours.fill('2');
  await distance.minutes.fill('30');
  await indexation.duration('Temps en présence').hours.fill('1');
  await indexation.addTags('Auteurs', ['Claire Martin']);
  await indexation.field('Validé par').fill('IEN de circonscription');
  await indexation.field('Origine').fill('Académie de Lyon');
  await indexation.field('Notes de version').fill('Première version.');
  await expect(indexation.dialog).toContainText('Version 0.1');
  await expectNoAxeViolations(page, 'the indexation dialog');
  await screenshot(page, 'indexation-dialog', app.target);
  await indexation.close();
  await project.expectSaved();

  const budget = new BudgetModel(page);
  await expect(budget.panel).toContainText('0 min estimé · 2 h 30 indexé');

  await app.reload();
  await indexation.open();
  await expect(indexation.field('Objectif')).toHaveValue('Concevoir des évaluations formatives.');
  await expect(indexation.field('Collection')).toHaveValue('decouverte');
  await expect(indexation.tags('Publics cibles')).toHaveText([
    'Professeurs des écoles×',
    'Formateurs×',
  ]);
  await expect(indexation.tags('Mots-clés')).toHaveCount(2);
  await expect(indexation.field('Accompagnement')).toHaveValue(LONG.slice(0, 250));
  await expect(distance.hours).toHaveValue('2');
  await expect(distance.minutes).toHaveValue('30');
  await expect(indexation.field('Notes de version')).toHaveValue('Première version.');
  await expect(indexation.field('Origine')).toHaveValue('Académie de Lyon');
});

test('la vignette est recadrée au clavier en 16:9 et devient un média', async ({ app }) => {
  const { page } = app;
  await startProjectWithPage(page);
  const indexation = new IndexationModel(page);
  await indexation.open();
  await indexation.dialog.getByRole('button', { name: 'Choisir et recadrer…' }).click();
  const crop = page.getByRole('dialog', { name: 'Vignette du parcours' });
  await crop
    .getByLabel('Ou une image de l’ordinateur')
    .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: makePng(400, 400) });
  const frame = crop.getByRole('group', { name: 'Cadrage 16:9 de la vignette' });
  await frame.focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(crop.getByLabel('Zoom')).toHaveValue('1.2');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('-');
  await expect(crop.getByLabel('Zoom')).toHaveValue('1.1');
  await expectNoAxeViolations(page, 'the vignette crop dialog');
  await screenshot(page, 'vignette-crop', app.target);
  await crop.getByRole('button', { name: 'Recadrer et enregistrer' }).click();
  await expect(crop).toBeHidden();
  const preview = indexation.dialog.getByRole('img', { name: /^Vignette du parcours/ });
  await expect(preview).toBeVisible();
  await expect
    .poll(() => preview.evaluate((image: ImageLike) => image.naturalWidth / image.naturalHeight))
    .toBeCloseTo(16 / 9, 2);
  const media = await coreInvoke<{ name: string; width: number; height: number }[]>(
    page,
    'media.list',
    {},
  );
  const vignette = media.find((item) => item.name.startsWith('vignette-'));
  expect(vignette).toBeDefined();
  expect((vignette?.width ?? 0) / (vignette?.height ?? 1)).toBeCloseTo(16 / 9, 2);
  await screenshot(page, 'indexation-vignette', app.target);
});
