import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import type { BrowserGlobals, EventTargetLike } from './browser-globals';
import { expect, test } from './fixtures';
import { screenshot } from './screenshot';
import { startProjectWithPage } from './start-project';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../fixtures/paste', name), 'utf8');

/** Pastes HTML the way the system clipboard hands it over from Word or LibreOffice. */
const pasteHtml = (content: Locator, html: string) =>
  content.evaluate((element: EventTargetLike, data: string) => {
    const browser = globalThis as unknown as BrowserGlobals;
    const transfer = new browser.DataTransfer();
    transfer.setData('text/html', data);
    transfer.setData('text/plain', 'texte brut');
    element.dispatchEvent(
      new browser.ClipboardEvent('paste', {
        clipboardData: transfer,
        bubbles: true,
        cancelable: true,
      }),
    );
  }, html);

test('un collage depuis Word est nettoyé et garde sa structure', async ({ app }) => {
  const { page } = app;
  const { project, editor } = await startProjectWithPage(page);
  await editor.content.click();
  await pasteHtml(editor.content, fixture('word-365.html'));
  const content = editor.content;
  await expect(content.locator('h2')).toHaveText('Objectifs de la formation');
  const html = await content.innerHTML();
  // The only styles left are the editor's own table layout (min-width), never Word's.
  expect(html).not.toMatch(/mso-|Mso|font-family|<font|o:p|Calibri|WordDocument|text-indent/);
  expect(html).not.toMatch(/javascript:|onclick|onerror|<script|file:/);
  await expect(content.locator('strong, b').first()).toHaveText('Comprendre');
  await expect(content.locator('em, i').first()).toHaveText('l’évaluation');
  await expect(content.locator('ul > li')).toHaveText([
    'Observer une séance',
    'Analyser les traces',
  ]);
  await expect(content.locator('table tr')).toHaveCount(2);
  await expect(content.locator('a[href="https://eduscol.education.fr/"]')).toHaveText('Éduscol');
  await expect(content.locator('a')).toHaveCount(1);
  await expect(content).toContainText('Fin');
  await project.expectSaved();
  await screenshot(page, 'paste-word', app.target);
});

test('un collage depuis LibreOffice est nettoyé ; tableaux et encadrés depuis la barre d’outils', async ({
  app,
}) => {
  const { page } = app;
  const { project, editor } = await startProjectWithPage(page);
  await editor.content.click();
  await pasteHtml(editor.content, fixture('libreoffice.html'));
  await expect(editor.content.locator('h2')).toHaveText('Déroulé');
  await expect(editor.content.locator('ol > li')).toHaveText(['Questionnaire', 'Forum']);
  expect(await editor.content.innerHTML()).not.toMatch(/font|Liberation|margin-bottom/);

  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await editor.tool('Tableau').click();
  await expect(editor.content.locator('table tr')).toHaveCount(3);
  await expect(editor.content.locator('table tr').first().locator('th')).toHaveCount(3);
  await page.keyboard.type('Étape');
  await editor.tool('+ Ligne').click();
  await expect(editor.content.locator('table tr')).toHaveCount(4);
  await editor.tool('− Colonne').click();
  await expect(editor.content.locator('table tr').first().locator('th')).toHaveCount(2);
  await expect(editor.tool('+ Ligne')).not.toHaveAttribute('aria-disabled');

  await editor.content.locator('h2').click();
  await editor.tool('Conseil').click();
  await expect(editor.content.locator('aside[data-callout="conseil"] h2')).toHaveText('Déroulé');
  await expect(editor.tool('Conseil')).toHaveAttribute('aria-pressed', 'true');
  await project.expectSaved();
  await expectNoAxeViolations(page, 'the editor with a table and a callout');
  await screenshot(page, 'editor-table-callout', app.target);
});
