import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { TALL_VIEWPORT } from './outline-helpers';
import { OutlineModel } from './pages/outline-model';
import { ProjectPage } from './pages/project-page';
import { screenshot } from './screenshot';

/** The name of the focused control: aria-label, its <label for>, its wrapping label, its text. */
const FOCUSED_NAME = `(() => {
  const el = document.activeElement;
  if (!el) return '';
  const own = el.getAttribute('aria-label');
  if (own) return own;
  const byFor = el.id ? document.querySelector('label[for="' + el.id + '"]') : null;
  return (byFor ?? el.closest('label') ?? el).textContent ?? '';
})()`;

/** Presses Tab (or Shift+Tab) until the focused element matches, at most `max` times. */
const tabTo = async (page: Page, accessibleName: RegExp, backwards = false, max = 250) => {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const name = String(await page.evaluate(FOCUSED_NAME));
    if (accessibleName.test(name.trim())) return;
  }
  throw new Error(`Tab never reached ${String(accessibleName)}`);
};

test('un parcours hybride 9 h construit au clavier seulement', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await page.setViewportSize(TALL_VIEWPORT);
  const project = new ProjectPage(page);
  await expect(page.getByRole('button', { name: 'Nouveau projet…' })).toBeVisible();

  // Welcome → new project.
  await tabTo(page, /^Nouveau projet…$/);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Clavier seulement');
  await page.keyboard.press('Enter');
  await expect(project.title('Clavier seulement')).toBeVisible();

  // New parcours from the 9 h gabarit.
  await tabTo(page, /^Nouveau parcours$/);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Nouveau parcours' });
  await expect(dialog.getByLabel('Point de départ')).toBeFocused();
  // The select: choose "Parcours hybride 9 h" with the arrows.
  while (
    !/hybride 9 h/.test(
      await dialog.getByLabel('Point de départ').locator('option:checked').innerText(),
    )
  ) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Tab');
  await page.keyboard.type('Former au numérique, au clavier');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const outline = new OutlineModel(page);
  await expect(outline.sectionTitles()).toHaveCount(8);

  // A new section.
  await tabTo(page, /^Titre de la nouvelle section$/);
  await page.keyboard.type('Approfondir');
  await page.keyboard.press('Enter');
  await expect(outline.sectionRow('Approfondir')).toBeVisible();

  // An activity in it: "+ Activité" of the new section, then a type.
  await tabTo(page, /^Ajouter une activité à « Approfondir »$/, true);
  await page.keyboard.press('Enter');
  const types = page.getByRole('dialog', { name: 'Ajouter une activité à « Approfondir »' });
  await expect(types).toBeVisible();
  await page.keyboard.press('ArrowDown'); // Étiquette
  await page.keyboard.press('ArrowDown'); // Lien
  await page.keyboard.press('ArrowDown'); // Fichier
  await page.keyboard.press('ArrowDown'); // Livre
  await page.keyboard.press('ArrowDown'); // Forum
  await page.keyboard.press('Enter');
  await expect(types).toBeHidden();

  // The title field has the focus: name it, then its time and who sees it.
  const title = page.locator('.pane--editor').getByLabel('Titre de l’activité');
  await expect(title).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Partager ses pratiques');
  await page.keyboard.press('Enter');
  await expect(outline.activity('Partager ses pratiques')).toBeVisible();
  await tabTo(page, /^Durée estimée \(minutes\)$/);
  await page.keyboard.type('45');
  await tabTo(page, /^Tuteurs$/);
  await page.keyboard.press('Space');
  await expect(
    page.locator('.pane--editor').getByRole('checkbox', { name: 'Tuteurs' }),
  ).not.toBeChecked();
  await project.expectSaved();
  await expect(outline.activityRow('Partager ses pratiques')).toContainText('45 min');
  await expectNoAxeViolations(page, 'the keyboard-built parcours');
  await screenshot(page, 'keyboard-only-parcours', app.target);

  await app.reload();
  await expect(outline.activityRow('Partager ses pratiques')).toContainText('45 min');
});
