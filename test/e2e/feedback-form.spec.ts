import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { TALL_VIEWPORT } from './outline-helpers';
import { FeedbackModel } from './pages/feedback-model';
import { OutlineModel } from './pages/outline-model';
import { ProjectPage } from './pages/project-page';
import { WelcomePage } from './pages/welcome-page';
import { screenshot } from './screenshot';

test('un questionnaire de chaque type d’élément, rempli page par page : l’obligatoire est exigé', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.setViewportSize(TALL_VIEWPORT);
  await new WelcomePage(page).createProject('Questionnaires');
  const project = new ProjectPage(page);
  await project.createParcours('Se former au numérique');
  const outline = new OutlineModel(page);
  await outline.addSection('Bilan');
  await outline.addActivity('Bilan', 'Questionnaire');
  const title = page.locator('.pane--editor').getByLabel('Titre de l’activité');
  await expect(title).toBeFocused();
  await title.fill('Bilan de la formation');
  await title.press('Enter');
  const f = new FeedbackModel(page);
  await f.pane.getByLabel('Finalité').selectOption({ label: 'Questionnaire déclaratif final' });

  await f.add('Information', 1);
  await f.add('Texte (étiquette)', 2, '<p>Merci de <strong>votre</strong> participation.</p>');
  const attended = await f.add('Choix multiple', 3, 'Avez-vous suivi la séance ?');
  await attended.getByLabel('Options (une par ligne)').fill('Oui\nNon');
  await attended.getByLabel('Réponse obligatoire').check();
  const tools = await f.add('Choix multiple', 4, 'Quels outils utilisez-vous ?');
  await tools.getByLabel('Présentation').selectOption({ label: 'Cases à cocher' });
  await tools.getByLabel('Options (une par ligne)').fill('ENT\nTNI\nTablettes');
  const rated = await f.add('Choix multiple évalué', 5, 'Êtes-vous satisfait ?');
  await rated
    .getByLabel('Options notées (une par ligne)')
    .fill('0 | Pas du tout\n1 | Plutôt\n2 | Tout à fait');
  await f.add('Saut de page', 6);
  const mark = await f.add('Réponse numérique', 7, 'Quelle note sur 10 ?');
  await mark.getByLabel('Minimum').fill('0');
  await mark.getByLabel('Maximum').fill('10');
  await mark.getByLabel('Réponse obligatoire').check();
  await f.add('Réponse courte', 8, 'Un mot pour résumer ?');
  await f.add('Réponse longue', 9, 'Un commentaire ?');
  const extra = await f.add('Choix multiple', 10, 'À retirer');
  await extra.getByRole('button', { name: 'Retirer « Élément 10 : Choix multiple »' }).click();
  await expect(f.item(10, 'Choix multiple')).toHaveCount(0);

  // Reorder: Alt+↑ on item 4 (focus in its question), then the "Descendre" button back.
  await tools.getByLabel('Question').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(f.item(3, 'Choix multiple').getByLabel('Question')).toHaveValue(
    'Quels outils utilisez-vous ?',
  );
  await expect(f.item(3, 'Choix multiple').getByLabel('Question')).toBeFocused();
  await f
    .item(3, 'Choix multiple')
    .getByRole('button', { name: /^Descendre/ })
    .click();
  await expect(f.item(3, 'Choix multiple').getByLabel('Question')).toHaveValue(
    'Avez-vous suivi la séance ?',
  );
  await project.expectSaved();
  await expectNoAxeViolations(page, 'the questionnaire items editor');
  await screenshot(page, 'feedback-items', app.target);

  // Saved: after a reload the items are there, in order.
  await app.reload();
  await outline.activity('Bilan de la formation').click();
  await expect(f.item(3, 'Choix multiple')).toContainText('(obligatoire)');
  await expect(f.item(9, 'Réponse longue').getByLabel('Question')).toHaveValue('Un commentaire ?');

  await f.pane.getByRole('button', { name: 'Remplir comme un participant' }).click();
  const dialog = f.fillDialog('Bilan de la formation');
  await expect(dialog.getByText('Page 1 sur 2')).toBeVisible();
  await expect(dialog.getByText('Merci de votre participation.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Page suivante' }).click();
  const summary = dialog.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('1 réponse à corriger avant de continuer');
  await expect(summary).toContainText('Avez-vous suivi la séance ? : Ce champ est obligatoire.');
  await expect(dialog.getByText('Page 1 sur 2')).toBeVisible();
  await expectNoAxeViolations(page, 'the questionnaire with a required item left empty');
  await screenshot(page, 'feedback-fill-error', app.target);
  await summary.getByRole('link').click();
  await expect(dialog.getByRole('radio', { name: 'Oui' })).toBeFocused();
  await page.keyboard.press('Space');
  await dialog.getByRole('checkbox', { name: 'TNI' }).check();
  await dialog.getByRole('radio', { name: 'Plutôt' }).check();
  await dialog.getByRole('button', { name: 'Page suivante' }).click();
  await expect(dialog.getByText('Page 2 sur 2')).toBeVisible();

  const markField = dialog.getByLabel(/^Quelle note sur 10 \?/);
  await markField.fill('12');
  await dialog.getByRole('button', { name: 'Envoyer les réponses' }).click();
  await expect(summary).toContainText('Quelle note sur 10 ? : Entre 0 et 10.');
  await expect(markField).toHaveAttribute('aria-invalid', 'true');
  await markField.fill('8');
  await dialog.getByLabel(/^Un mot pour résumer/).fill('Utile');
  await dialog.getByRole('button', { name: 'Envoyer les réponses' }).click();
  const recap = dialog.locator('.feedback-fill__recap');
  await expect(recap).toContainText('Avez-vous suivi la séance ?Oui');
  await expect(recap).toContainText('Quels outils utilisez-vous ?TNI');
  await expect(recap).toContainText('Êtes-vous satisfait ?Plutôt (1)');
  await expect(recap).toContainText('Quelle note sur 10 ?8');
  await expect(recap).toContainText('Un commentaire ?Sans réponse');
  await expectNoAxeViolations(page, 'the questionnaire recap');
  await screenshot(page, 'feedback-fill-recap', app.target);
});

test('un élément conditionnel n’apparaît que si l’élément dont il dépend a reçu la réponse choisie', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.setViewportSize(TALL_VIEWPORT);
  await new WelcomePage(page).createProject('Questionnaires conditionnels');
  const project = new ProjectPage(page);
  await project.createParcours('Accompagner les néo-titulaires');
  const outline = new OutlineModel(page);
  await outline.addSection('Bilan');
  await outline.addActivity('Bilan', 'Questionnaire');
  const title = page.locator('.pane--editor').getByLabel('Titre de l’activité');
  await expect(title).toBeFocused();
  await title.fill('Retour de stage');
  await title.press('Enter');
  const f = new FeedbackModel(page);

  const hard = await f.add('Choix multiple', 1, 'Avez-vous rencontré des difficultés ?');
  await hard.getByLabel('Options (une par ligne)').fill('Oui\nNon');
  // The first item has no earlier item with choices: no condition to set.
  await expect(hard.getByRole('group', { name: 'Condition d’affichage' })).toHaveCount(0);
  const which = await f.add('Réponse longue', 2, 'Lesquelles ?');
  await f.setCondition(which, 'Élément 1 : Avez-vous rencontré des difficultés ?', 'Oui');
  // Same page: Moodle would not apply the condition, and says so.
  const warning = which.getByText(/^Moodle n’applique la condition que si un saut de page/);
  await expect(warning).toBeVisible();
  await expect(which.getByLabel('Afficher seulement si l’élément')).toHaveAccessibleDescription(
    /^Moodle n’applique la condition/,
  );
  const pagebreak = await f.add('Saut de page', 3);
  await pagebreak.getByRole('button', { name: /^Monter/ }).click();
  await expect(f.item(3, 'Réponse longue')).toBeVisible();
  await expect(warning).toHaveCount(0);
  await f.add('Réponse courte', 4, 'Un mot pour finir ?');
  await project.expectSaved();
  await expectNoAxeViolations(page, 'the questionnaire items with a condition');
  await screenshot(page, 'feedback-condition', app.target);

  // Saved: after a reload the condition is there.
  await app.reload();
  await outline.activity('Retour de stage').click();
  const condition = f
    .item(3, 'Réponse longue')
    .getByRole('group', { name: 'Condition d’affichage' });
  await expect(condition.getByLabel('Afficher seulement si l’élément')).toHaveValue(/.+/);
  await expect(condition.getByLabel('a reçu la réponse')).toHaveValue('Oui');

  await f.pane.getByRole('button', { name: 'Remplir comme un participant' }).click();
  const dialog = f.fillDialog('Retour de stage');
  await expect(dialog.getByText('Page 1 sur 2')).toBeVisible();
  await dialog.getByRole('radio', { name: 'Non' }).check();
  await dialog.getByRole('button', { name: 'Page suivante' }).click();
  await expect(dialog.getByText('Page 2 sur 2')).toBeVisible();
  await expect(dialog.getByLabel(/^Un mot pour finir/)).toBeVisible();
  await expect(dialog.getByLabel(/^Lesquelles/)).toHaveCount(0);

  // Back, "Oui": the item appears on page 2, and in the recap.
  await dialog.getByRole('button', { name: 'Page précédente' }).click();
  await dialog.getByRole('radio', { name: 'Oui' }).check();
  await dialog.getByRole('button', { name: 'Page suivante' }).click();
  await expect(dialog.getByLabel(/^Lesquelles/)).toBeVisible();
  await dialog.getByLabel(/^Lesquelles/).fill('La gestion de classe');
  await expectNoAxeViolations(page, 'the questionnaire page with its conditional item');
  await screenshot(page, 'feedback-condition-fill', app.target);
  await dialog.getByRole('button', { name: 'Envoyer les réponses' }).click();
  const recap = dialog.locator('.feedback-fill__recap');
  await expect(recap).toContainText('Lesquelles ?La gestion de classe');

  // Again with "Non" and the last page left empty: the conditional item is not in the recap.
  await dialog.getByRole('button', { name: 'Recommencer' }).click();
  await dialog.getByRole('radio', { name: 'Non' }).check();
  await dialog.getByRole('button', { name: 'Page suivante' }).click();
  await dialog.getByRole('button', { name: 'Envoyer les réponses' }).click();
  await expect(recap).toContainText('Avez-vous rencontré des difficultés ?Non');
  await expect(recap).not.toContainText('Lesquelles');
});
