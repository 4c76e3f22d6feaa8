import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './axe';
import { coreInvoke } from './core-invoke';
import { expect, test } from './fixtures';
import { TALL_VIEWPORT, createFromGabarit } from './outline-helpers';
import { ExchangeModel } from './pages/exchange-model';
import { ProjectPage } from './pages/project-page';
import { WelcomePage } from './pages/welcome-page';
import { screenshot } from './screenshot';

const TITLE = 'Évaluer pour apprendre';

interface Outline {
  parcours: { id: string };
  sections: { id: string; title: string; activities: { id: string; title: string }[] }[];
}

/** The parcours from the "Autoformation 3 h" gabarit, with one true/false question in the step 1 quiz. */
const parcoursWithAQuestion = async (page: ProjectPage['page']) => {
  const welcome = new WelcomePage(page);
  await welcome.expectVisible();
  await welcome.createProject('Relecture');
  const project = new ProjectPage(page);
  await expect(project.title('Relecture')).toBeVisible();
  await createFromGabarit(page, 'Autoformation 3 h', TITLE);
  const current = await coreInvoke<{ parcours: { id: string; title: string }[] }>(
    page,
    'project.current',
    {},
  );
  const parcoursId = current.parcours.find((p) => p.title === TITLE)?.id ?? '';
  const category = await coreInvoke<{ id: string }>(page, 'questionCategory.create', {
    parcoursId,
    parentId: null,
    name: 'Étape 1',
  });
  const question = await coreInvoke<{ id: string }>(page, 'question.create', {
    parcoursId,
    categoryId: category.id,
    question: {
      type: 'truefalse',
      name: 'Rétroaction',
      text: { format: 'html', text: '<p>Une rétroaction rapide aide l’élève à progresser.</p>' },
      correctAnswer: true,
    },
  });
  const outline = await coreInvoke<Outline>(page, 'parcours.outline', { id: parcoursId });
  const quiz = outline.sections
    .flatMap((s) => s.activities)
    .find((a) => a.title === 'Quiz de l’étape 1' || a.title === "Quiz de l'étape 1");
  if (!quiz) throw new Error('the gabarit has a step 1 quiz');
  await coreInvoke(page, 'activity.update', {
    id: quiz.id,
    patch: {
      slots: [{ id: 'slot-1', page: 1, question: { kind: 'fixed', questionId: question.id } }],
    },
  });
  return { project, outline, quizTitle: quiz.title };
};

test('l’aperçu montre le parcours rôle par rôle et suit les modifications', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await page.setViewportSize(TALL_VIEWPORT);
  const { outline } = await parcoursWithAQuestion(page);
  await page.getByRole('button', { name: 'Prévisualiser', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Aperçu de « ${TITLE} »` });
  await expect(dialog).toBeVisible();
  const frame = page.frameLocator('iframe.preview-dialog__frame');
  await expect(frame.getByRole('heading', { name: 'Accueil', exact: true })).toBeVisible();
  // A participant never meets the trainers' note; a trainer does.
  await expect(frame.getByText('Note aux formateurs')).toHaveCount(0);
  await frame.getByRole('radio', { name: 'Formateur', exact: true }).check();
  await expect(frame.getByText('Note aux formateurs').first()).toBeVisible();
  await expectNoAxeViolations(page, 'the preview');
  await screenshot(page, 'preview-formateur', app.target);
  // An edit from anywhere reaches the open preview, the chosen role kept.
  const first = outline.sections[0];
  if (!first) throw new Error('the gabarit has sections');
  await coreInvoke(page, 'section.update', { id: first.id, patch: { title: 'Bienvenue' } });
  await expect(frame.getByRole('heading', { name: 'Bienvenue', exact: true })).toBeVisible({
    timeout: 2_000,
  });
  await expect(frame.getByRole('radio', { name: 'Formateur', exact: true })).toBeChecked();
  // The frame is sandboxed: its own opaque origin, scripts only.
  await expect(page.locator('iframe.preview-dialog__frame')).toHaveAttribute(
    'sandbox',
    'allow-scripts',
  );
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect(dialog).toBeHidden();
});

test('le dossier de relecture s’ouvre hors ligne depuis le disque, par rôle, et le test se passe', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page, projectDir } = app;
  await page.setViewportSize(TALL_VIEWPORT);
  const { quizTitle } = await parcoursWithAQuestion(page);
  const exchange = new ExchangeModel(page);
  await exchange.outlineExportButton().click();
  const dialog = exchange.exportDialog(TITLE);
  await dialog.getByRole('radio', { name: 'Dossier de relecture (une page HTML)' }).check();
  await expect(exchange.exportPath(dialog)).toHaveValue(
    new RegExp(`^${projectDir}/.+-relecture\\.html$`),
  );
  const path = await exchange.exportPath(dialog).inputValue();
  await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();
  await expect(exchange.outcome(dialog)).toContainText('Parcours exporté vers', {
    timeout: 30_000,
  });
  const html = await readFile(path, 'utf8');
  expect(html).toContain('Content-Security-Policy');

  // A reviewer opens the file from the disk, offline: nothing is requested from anywhere.
  const reviewer = await page.context().browser()?.newContext({ locale: 'fr-FR' });
  if (!reviewer) throw new Error('no browser');
  const requested: string[] = [];
  await reviewer.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith('file:') && !url.startsWith('data:')) requested.push(url);
    await route.continue();
  });
  const review = await reviewer.newPage();
  const problems: string[] = [];
  review.on('pageerror', (error) => problems.push(error.message));
  review.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await review.goto(`file://${path}`);
  await expect(review.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  await expect(review.getByText(/version 0\.1 — générée le/)).toBeVisible();
  await expect(review.getByText('Note aux formateurs')).toHaveCount(0);
  await review.getByRole('radio', { name: 'Tuteur', exact: true }).check();
  await expect(review.getByText('Note aux formateurs').first()).toBeVisible();
  await review.getByRole('radio', { name: 'Participant', exact: true }).check();
  await expectNoAxeViolations(review, 'the review package');
  await screenshot(review, 'review-package', app.target);
  // Take the quiz as a participant.
  await review.getByRole('link', { name: quizTitle }).first().click();
  await review.getByRole('button', { name: 'Faire le test' }).click();
  await review.getByRole('radio', { name: 'Vrai' }).check();
  await review.getByRole('button', { name: 'Tout envoyer et terminer' }).click();
  await expect(review.getByText(/Note du test : 10 sur 10/)).toBeVisible();
  await screenshot(review, 'review-package-quiz', app.target);
  expect(requested).toEqual([]);
  expect(problems).toEqual([]);
  await reviewer.close();
});
