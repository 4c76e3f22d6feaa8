import { type Page, expect } from '@playwright/test';
import { TALL_VIEWPORT } from './outline-helpers';
import { OutlineModel } from './pages/outline-model';
import { ProjectPage } from './pages/project-page';
import { WelcomePage } from './pages/welcome-page';

/** A project, a parcours, a section and a quiz activity named `title`, selected. */
export const startQuiz = async (page: Page, title: string): Promise<ProjectPage> => {
  await page.setViewportSize(TALL_VIEWPORT);
  await new WelcomePage(page).createProject('Tests et questions');
  const project = new ProjectPage(page);
  await project.createParcours('Évaluer les acquis');
  const outline = new OutlineModel(page);
  await outline.addSection('Évaluation');
  await outline.addActivity('Évaluation', 'Test');
  const field = page.locator('.pane--editor').getByLabel('Titre de l’activité');
  await expect(field).toBeFocused();
  await field.fill(title);
  await field.press('Enter');
  await expect(outline.activity(title)).toBeVisible();
  return project;
};

/** The name of the focused control: aria-label, its <label for>, its wrapping label, its text. */
const FOCUSED_NAME = `(() => {
  const el = document.activeElement;
  if (!el) return '';
  const own = el.getAttribute('aria-label');
  if (own) return own;
  const byFor = el.id ? document.querySelector('label[for="' + el.id + '"]') : null;
  return (byFor ?? el.closest('label') ?? el).textContent ?? '';
})()`;

/** Presses Tab (or Shift+Tab) until the focused element's name matches, at most `max` times. */
export const tabTo = async (page: Page, name: RegExp, backwards = false, max = 250) => {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = String(await page.evaluate(FOCUSED_NAME));
    if (name.test(focused.trim())) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
};
