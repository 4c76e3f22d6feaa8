import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { coreInvoke } from './core-invoke';
import { expect, test } from './fixtures';
import { ProjectPage } from './pages/project-page';
import { WelcomePage } from './pages/welcome-page';

const VECTORS = JSON.parse(
  await readFile(join(import.meta.dirname, '../fixtures/xss/vectors.json'), 'utf8'),
) as string[];

/** Counts what an injected script would do: alerts, and scripts the page's policy refused. */
const TRAP = `
  window.__xss = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print'])
    window[name] = () => { window.__xss.push(name); };
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__xss.push(event.effectiveDirective + ' ' + event.blockedURI);
  });
`;

test('U3 : les 110 vecteurs XSS mis dans les titres, questions et retours ne s’exécutent pas dans le dossier de relecture', async ({
  app,
}) => {
  test.setTimeout(180_000);
  expect(VECTORS.length).toBeGreaterThanOrEqual(100);
  const { page, projectDir } = app;
  const welcome = new WelcomePage(page);
  await welcome.expectVisible();
  await welcome.createProject('XSS');
  await expect(new ProjectPage(page).title('XSS')).toBeVisible();
  const parcours = await coreInvoke<{ id: string }>(page, 'parcours.create', {
    title: '<img src=x onerror=alert(1)> Parcours',
    shortName: 'xss-1',
  });
  const section = await coreInvoke<{ id: string }>(page, 'section.create', {
    parcoursId: parcours.id,
    title: '<script>alert(1)</script> Séquence',
  });
  const category = await coreInvoke<{ id: string }>(page, 'questionCategory.create', {
    parcoursId: parcours.id,
    parentId: null,
    name: '<svg onload=alert(1)>',
  });
  const questionIds: string[] = [];
  for (const [i, vector] of VECTORS.entries()) {
    await coreInvoke(page, 'activity.create', {
      sectionId: section.id,
      type: 'page',
      title: `${String(i)} ${vector}`.slice(0, 255),
    });
    const question = await coreInvoke<{ id: string }>(page, 'question.create', {
      parcoursId: parcours.id,
      categoryId: category.id,
      question: {
        type: 'truefalse',
        name: `Q${String(i)}`,
        text: { format: 'html', text: vector },
        correctAnswer: true,
        generalFeedback: { format: 'html', text: vector },
      },
    });
    questionIds.push(question.id);
  }
  const quiz = await coreInvoke<{ id: string }>(page, 'activity.create', {
    sectionId: section.id,
    type: 'quiz',
    title: 'Le test piégé',
  });
  await coreInvoke(page, 'activity.update', {
    id: quiz.id,
    patch: {
      slots: questionIds.map((questionId, i) => ({
        id: `s-${String(i)}`,
        page: 1,
        question: { kind: 'fixed', questionId },
      })),
      overallFeedback: [{ minGradePercent: 0, text: { text: VECTORS.join('') } }],
    },
  });
  const path = join(projectDir, 'xss.html');
  const started = await coreInvoke<{ jobId: string }>(page, 'exchange.export', {
    parcoursId: parcours.id,
    format: 'review',
    path,
  });
  expect(started.jobId).not.toBe('');
  await expect.poll(async () => (await readFile(path).catch(() => null)) !== null).toBe(true);

  const reviewer = await page.context().browser()?.newContext({ locale: 'fr-FR' });
  if (!reviewer) throw new Error('no browser');
  const requested: string[] = [];
  await reviewer.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) {
      await route.continue();
      return;
    }
    requested.push(url);
    await route.abort();
  });
  await reviewer.addInitScript({ content: TRAP });
  const review = await reviewer.newPage();
  await review.goto(`file://${path}`);
  await expect(review.getByRole('heading', { level: 1 })).toContainText('Parcours');
  // Titles are text: shown as typed, never as markup.
  await expect(
    review.getByRole('heading', { name: '<script>alert(1)</script> Séquence' }),
  ).toBeVisible();
  await review.getByRole('link', { name: 'Le test piégé' }).first().click();
  await review.getByRole('button', { name: 'Faire le test' }).click();
  for (const radio of await review.getByRole('radio', { name: 'Vrai' }).all()) await radio.check();
  await review.getByRole('button', { name: 'Tout envoyer et terminer' }).click();
  await expect(review.getByText(/Note du test/)).toBeVisible();
  const caught = await review.evaluate(() => (globalThis as unknown as { __xss: string[] }).__xss);
  // Nothing ran, and no script element reached the page. Chromium reports inline handlers and
  // styles met while DOMPurify parses (in an inert document) as policy violations: those are
  // the sanitiser reading the vectors, not execution; the page itself is checked below.
  expect(
    caught.filter((c) => !/^(img|media)-src |^script-src-attr |^style-src|^base-uri /.test(c)),
  ).toEqual([]);
  const live = await review.evaluate(() => {
    const doc = (
      globalThis as unknown as {
        document: {
          querySelectorAll(
            selector: string,
          ): ArrayLike<{ attributes: ArrayLike<{ name: string; value: string }>; tagName: string }>;
        };
      }
    ).document;
    const elements = Array.from(doc.querySelectorAll('*'));
    return {
      handlers: elements.filter((e) =>
        Array.from(e.attributes).some((a) => a.name.startsWith('on')),
      ).length,
      scripts: doc.querySelectorAll('script').length,
      frames: doc.querySelectorAll(
        'iframe, frame, object, embed, base, meta[http-equiv="refresh"], form',
      ).length,
      jsUrls: elements.filter((e) =>
        Array.from(e.attributes).some((a) =>
          /^\s*(javascript|vbscript|data:text\/html)/i.test(a.value),
        ),
      ).length,
    };
  });
  // The package's two scripts (the model, the site) and nothing else.
  expect(live).toEqual({ handlers: 0, scripts: 2, frames: 0, jsUrls: 0 });
  expect(requested).toEqual([]);
  await reviewer.close();
});
