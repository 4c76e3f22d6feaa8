import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expectNoAxeViolations } from './axe';
import { coreInvoke } from './core-invoke';
import { expect, test } from './fixtures';
import { TALL_VIEWPORT, createFromGabarit } from './outline-helpers';
import { ExchangeModel } from './pages/exchange-model';
import { OutlineModel } from './pages/outline-model';
import { ProjectPage } from './pages/project-page';
import { WelcomePage } from './pages/welcome-page';
import { screenshot } from './screenshot';

const TITLE = 'Lire au cycle 2';
const SECTIONS = 6; // the "Autoformation 3 h" gabarit

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const newProject = async (page: ExchangeModel['page'], title: string): Promise<ProjectPage> => {
  const welcome = new WelcomePage(page);
  await welcome.expectVisible();
  await welcome.createProject(title);
  const project = new ProjectPage(page);
  await expect(project.title(title)).toBeVisible();
  return project;
};

test('exporter un parcours en dossier puis en .mbz, et le réimporter dans un autre projet', async ({
  app,
}) => {
  test.setTimeout(90_000);
  const { page, projectDir } = app;
  await page.setViewportSize(TALL_VIEWPORT);
  const project = await newProject(page, 'Échanges');
  await createFromGabarit(page, 'Autoformation 3 h', TITLE);
  const outline = new OutlineModel(page);
  await expect(outline.sectionTitles()).toHaveCount(SECTIONS);
  const sections = await outline.sectionTitles().allTextContents();
  const exchange = new ExchangeModel(page);

  // From the parcours list: the first choice has the focus, the defaults are M@gistère's.
  const listOpener = exchange.listExportButton(TITLE);
  await listOpener.click();
  const dialog = exchange.exportDialog(TITLE);
  await expect(dialog.getByRole('radio', { name: 'Sauvegarde Moodle (.mbz)' })).toBeFocused();
  await expect(dialog.getByRole('radio', { name: /^4\.1 — M@gistère/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /^tar\.gz/ })).toBeChecked();
  await expect(exchange.exportPath(dialog)).toHaveValue(
    new RegExp(`^${escapeRegExp(projectDir)}/[a-z0-9-]+\\.mbz$`),
  );
  await expectNoAxeViolations(page, 'the export dialog');
  await screenshot(page, 'exchange-export-dialog', app.target);
  // A parcours folder: the Moodle choices go, the destination becomes a folder.
  await dialog.getByRole('radio', { name: 'Dossier de parcours (pour Git)' }).check();
  await expect(dialog.getByRole('radio', { name: /^tar\.gz/ })).toHaveCount(0);
  await expect(exchange.exportPath(dialog)).toHaveValue(
    new RegExp(`^${escapeRegExp(projectDir)}/[a-z0-9-]+$`),
  );

  const folder = join(projectDir, 'lire-au-cycle-2');
  await exchange.exportTo(dialog, { format: 'folder', path: folder });
  await expect(exchange.outcome(dialog)).toHaveText(
    `Parcours exporté dans le dossier « ${folder} ».`,
    {
      timeout: 30_000,
    },
  );
  await expect(exchange.outcome(dialog)).toBeFocused();
  await expect(exchange.report(dialog)).toBeVisible();
  await expectNoAxeViolations(page, 'the export report');
  await screenshot(page, 'exchange-export-folder-done', app.target);
  await exchange.close(dialog);
  await expect(listOpener).toBeFocused();
  expect(existsSync(join(folder, '.atelier-folder'))).toBe(true);
  expect(existsSync(join(folder, 'parcours.json'))).toBe(true);
  expect(await readdir(join(folder, 'sections'))).toHaveLength(SECTIONS);

  // From the open parcours' header, with the keyboard only: a Moodle 4.1 backup, tar.gz.
  const outlineOpener = exchange.outlineExportButton();
  await outlineOpener.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  const mbz = join(projectDir, 'lire-au-cycle-2.mbz');
  await exchange.exportPath(dialog).fill(mbz);
  await page.keyboard.press('Enter');
  await expect(exchange.outcome(dialog)).toContainText(`Parcours exporté vers « ${mbz} »`, {
    timeout: 30_000,
  });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(outlineOpener).toBeFocused();
  const head = (await readFile(mbz)).subarray(0, 2);
  expect([...head]).toEqual([0x1f, 0x8b]);

  // Back in another project, the backup becomes a parcours again.
  await project.close();
  await newProject(page, 'Réimport');
  await exchange.importButton.click();
  const importDialog = exchange.importDialog;
  await expect(importDialog.getByRole('radio', { name: 'Sauvegarde Moodle (.mbz)' })).toBeFocused();
  await expectNoAxeViolations(page, 'the import dialog');
  await screenshot(page, 'exchange-import-dialog', app.target);
  await exchange.importFrom('mbz', mbz);
  await expect(exchange.outcome(importDialog)).toContainText(`« ${TITLE} »`, { timeout: 30_000 });
  await expect(exchange.outcome(importDialog)).toBeFocused();
  await expect(exchange.report(importDialog)).toBeVisible();
  await expectNoAxeViolations(page, 'the import report');
  await screenshot(page, 'exchange-import-done', app.target);
  await expect(page.locator('.parcours-list__title')).toContainText([TITLE]);
  await importDialog.getByRole('button', { name: 'Ouvrir le parcours' }).click();
  await expect(importDialog).toBeHidden();
  await expect(outline.region.getByRole('heading', { level: 2 })).toHaveText(`Plan : ${TITLE}`);
  await expect(outline.sectionTitles()).toHaveText(sections);
});

test('un fichier qui n’est pas une sauvegarde : l’erreur en français, puis on corrige', async ({
  app,
}) => {
  const { page, projectDir } = app;
  await newProject(page, 'Erreurs');
  const notes = join(projectDir, 'notes.mbz');
  await writeFile(notes, 'Ceci est une liste de courses, pas une sauvegarde.\n');
  const exchange = new ExchangeModel(page);
  await exchange.importButton.click();
  await exchange.importFrom('mbz', notes);
  const dialog = exchange.importDialog;
  await expect(exchange.outcome(dialog)).toHaveText('L’import a échoué.', { timeout: 30_000 });
  await expect(exchange.outcome(dialog)).toBeFocused();
  await expect(dialog).toContainText("Le fichier n'est pas une sauvegarde Moodle (.mbz)");
  await expect(dialog).toContainText('Choisissez le fichier .mbz produit par la sauvegarde');
  await expectNoAxeViolations(page, 'the import error');
  await screenshot(page, 'exchange-import-error', app.target);

  // "Modifier et réessayer" goes back to the form as it was; Escape closes, focus comes back.
  await dialog.getByRole('button', { name: 'Modifier et réessayer' }).click();
  await expect(dialog.getByLabel('Chemin de la sauvegarde (.mbz)')).toHaveValue(notes);
  await expect(dialog.getByRole('radio', { name: 'Sauvegarde Moodle (.mbz)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(exchange.importButton).toBeFocused();
  await expect(page.locator('.parcours-list__title')).toHaveCount(0);
});

/** A medium big enough for an export to take a few seconds, used by a file activity. */
const addBigFile = async (page: ExchangeModel['page'], dir: string): Promise<void> => {
  const path = join(dir, 'video-lourde.pdf');
  const file = await open(path, 'w');
  await file.write('%PDF-1.4\n');
  for (let mebibyte = 0; mebibyte < 120; mebibyte += 1) await file.write(randomBytes(1 << 20));
  await file.close();
  const media = await coreInvoke<{ id: string }>(page, 'media.importFile', { path });
  const current = await coreInvoke<{ parcours: { id: string }[] }>(page, 'project.current', {});
  const parcoursId = current.parcours[0]?.id ?? '';
  const outline = await coreInvoke<{ sections: { id: string }[] }>(page, 'parcours.outline', {
    id: parcoursId,
  });
  const activity = await coreInvoke<{ id: string }>(page, 'activity.create', {
    sectionId: outline.sections[0]?.id,
    type: 'file',
    title: 'Document lourd',
  });
  await coreInvoke(page, 'activity.update', { id: activity.id, patch: { mediaId: media.id } });
};

test('annuler l’export d’un gros parcours, ou fermer la fenêtre pendant l’export', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page, projectDir } = app;
  await newProject(page, 'Gros parcours');
  const project = new ProjectPage(page);
  await project.createParcours('Vidéos de classe');
  await project.addSection('Observer');
  await addBigFile(page, projectDir);
  const exchange = new ExchangeModel(page);
  const opener = exchange.listExportButton('Vidéos de classe');
  const dialog = exchange.exportDialog('Vidéos de classe');
  const mbz = join(projectDir, 'videos.mbz');
  const leftovers = async () =>
    (await readdir(projectDir)).filter((name) => name.startsWith('videos.mbz'));

  // "Annuler": the core stops, nothing is left on disk, the dialog says so.
  await opener.click();
  await exchange.exportTo(dialog, { format: 'mbz', path: mbz });
  await expect(exchange.progressBar(dialog)).toBeVisible();
  await expect(dialog.getByText('Export vers « ')).toBeFocused();
  await expectNoAxeViolations(page, 'the export progress');
  await screenshot(page, 'exchange-export-progress', app.target);
  await dialog.getByRole('button', { name: 'Annuler', exact: true }).click();
  await expect(exchange.outcome(dialog)).toHaveText(
    'Export annulé : aucun fichier n’a été écrit.',
    { timeout: 15_000 },
  );
  await expect.poll(leftovers).toEqual([]);

  // Escape while it runs asks first; "Arrêter l’export" closes and cancels.
  await dialog.getByRole('button', { name: 'Modifier et réessayer' }).click();
  await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();
  await expect(exchange.progressBar(dialog)).toBeVisible();
  await page.keyboard.press('Escape');
  const confirm = page.getByRole('alertdialog', { name: 'Arrêter l’export ?' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Continuer l’export' })).toBeFocused();
  await expectNoAxeViolations(page, 'the stop-export question');
  await screenshot(page, 'exchange-export-stop', app.target);
  await confirm.getByRole('button', { name: 'Arrêter l’export' }).click();
  await expect(confirm).toBeHidden();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expect.poll(leftovers, { timeout: 10_000 }).toEqual([]);
});

/**
 * The page's WebSocket goes through the test: `exchange.export` and `job.cancel` are answered
 * here and the job's events are sent by the test, so every step of the dialog can be seen
 * whatever the speed of the real export. Everything else reaches the real core.
 */
const scriptExports = async (app: { page: ExchangeModel['page']; reload(): Promise<void> }) => {
  const calls: { method: string; input: unknown }[] = [];
  let toPage: ((frame: unknown) => void) | null = null;
  await app.page.routeWebSocket(/\/ws$/, (ws) => {
    const server = ws.connectToServer();
    toPage = (frame) => {
      ws.send(JSON.stringify(frame));
    };
    ws.onMessage((message) => {
      const frame = JSON.parse(String(message)) as { type: string; id?: number; method?: string };
      const method = frame.method ?? '';
      if (frame.type !== 'invoke' || !['exchange.export', 'job.cancel'].includes(method)) {
        server.send(message);
        return;
      }
      calls.push({ method, input: (frame as { input?: unknown }).input });
      const value = method === 'exchange.export' ? { jobId: 'scripted' } : null;
      ws.send(JSON.stringify({ type: 'result', id: frame.id, result: { ok: true, value } }));
    });
  });
  await app.reload();
  return {
    calls,
    event: (name: string, payload: object) => {
      toPage?.({ type: 'event', name, payload });
    },
  };
};

const SCRIPTED_REPORT = {
  entries: [
    ...['Section 1', 'Section 2', 'Page « Accueil »'].map((item) => ({
      status: 'mapped',
      item,
      message: 'Converti.',
      messageEn: 'Converted.',
    })),
    {
      status: 'kept',
      item: 'Activité « Carte mentale »',
      message: 'Module mindmap inconnu d’Atelier : gardé tel quel, réécrit à l’identique.',
      messageEn: 'Module mindmap unknown to Atelier: kept whole, written back unchanged.',
    },
    {
      status: 'refused',
      item: 'files.xml',
      message: 'Fichier « video.mp4 » absent de la sauvegarde : ignoré.',
      messageEn: 'File "video.mp4" missing from the backup: skipped.',
    },
    {
      status: 'info',
      item: 'Parcours',
      message: 'Restaurable par Moodle 4.1 et 4.5.',
      messageEn: 'Restorable by Moodle 4.1 and 4.5.',
    },
  ],
};

test('progression, annulation et rapport de l’export, en français puis en anglais (cœur scripté)', async ({
  app,
}) => {
  const { page } = app;
  const project = await newProject(page, 'Rapport');
  await project.createParcours('Lire au CP');
  const core = await scriptExports(app);
  await expect(project.title('Rapport')).toBeVisible();
  const exchange = new ExchangeModel(page);
  await exchange.listExportButton('Lire au CP').click();
  const dialog = exchange.exportDialog('Lire au CP');
  await dialog.getByRole('radio', { name: '4.5', exact: true }).check();
  await dialog.getByRole('radio', { name: 'zip', exact: true }).check();
  await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();

  // Indeterminate until the total is known, then value/max; the live region says the step only.
  const bar = exchange.progressBar(dialog);
  await expect(bar).toBeVisible();
  expect(core.calls[0]).toMatchObject({
    method: 'exchange.export',
    input: { format: 'mbz', moodle: '4.5', zip: true },
  });
  await expect(bar).not.toHaveAttribute('value');
  const progress = { jobId: 'scripted', done: 0, total: null };
  core.event('job.progress', { ...progress, phase: 'Lecture du projet', phaseEn: 'Reading' });
  await expect(dialog.getByTestId('exchange-announcer')).toHaveText('Lecture du projet');
  const writing = { phase: 'Écriture de l’archive', phaseEn: 'Writing the archive' };
  core.event('job.progress', { ...progress, ...writing, done: 3, total: 12 });
  await expect(bar).toHaveAttribute('value', '3');
  await expect(bar).toHaveAttribute('max', '12');
  await expect(dialog).toContainText(/Écriture de l’archive — 25\s%/);
  await expect(dialog.getByTestId('exchange-announcer')).toHaveText('Écriture de l’archive');
  core.event('job.progress', { ...progress, ...writing, jobId: 'another', done: 11, total: 12 });
  await expectNoAxeViolations(page, 'the export progress');
  await screenshot(page, 'exchange-export-progress-scripted', app.target);
  await expect(bar).toHaveAttribute('value', '3');

  // Escape asks before stopping; Escape again (or "Continuer l’export") goes back to the job.
  await page.keyboard.press('Escape');
  const stop = page.getByRole('alertdialog', { name: 'Arrêter l’export ?' });
  await expect(stop.getByRole('button', { name: 'Continuer l’export' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(stop).toBeHidden();
  await expect(bar).toHaveAttribute('value', '3');
  expect(core.calls).toHaveLength(1);

  // "Annuler" asks the core to stop the job, then shows what the core answers.
  await dialog.getByRole('button', { name: 'Annuler', exact: true }).click();
  await expect
    .poll(() => core.calls.map((call) => call.method))
    .toEqual(['exchange.export', 'job.cancel']);
  expect(core.calls[1]?.input).toEqual({ jobId: 'scripted' });
  await expect(dialog.getByRole('button', { name: 'Annulation…' })).toBeVisible();
  const cancelled = { code: 'cancelled', message: 'Opération annulée.', messageEn: 'Cancelled.' };
  core.event('job.finished', { jobId: 'scripted', ok: false, error: cancelled });
  await expect(exchange.outcome(dialog)).toHaveText('Export annulé : aucun fichier n’a été écrit.');

  // Again, to the end: the path, the size, the counts, and what to read.
  await dialog.getByRole('button', { name: 'Modifier et réessayer' }).click();
  await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();
  await expect(bar).toBeVisible();
  const result = { kind: 'export', path: '/tmp/lire-au-cp.mbz', bytes: 2.5 * 1024 * 1024 };
  const finished = { jobId: 'scripted', ok: true, result: { ...result, report: SCRIPTED_REPORT } };
  core.event('job.finished', finished);
  await expect(exchange.outcome(dialog)).toHaveText(
    /^Parcours exporté vers « \/tmp\/lire-au-cp\.mbz » \(2,5\sMo\)\.$/,
  );
  await expect(exchange.outcome(dialog)).toBeFocused();
  const report = exchange.report(dialog);
  await expect(report.getByRole('listitem').first()).toHaveText('3 éléments convertis');
  await expect(report).toContainText('1 élément conservé tel quel');
  await expect(report.getByRole('heading', { name: 'Refusés (1)' })).toBeVisible();
  await expect(report).toContainText(
    'files.xml — Fichier « video.mp4 » absent de la sauvegarde : ignoré.',
  );
  await expect(report).not.toContainText('Page « Accueil »');
  await expectNoAxeViolations(page, 'the export report with every status');
  await screenshot(page, 'exchange-export-report', app.target);
  await exchange.close(dialog);

  await page.getByRole('button', { name: 'Paramètres', exact: true }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Export the parcours “Lire au CP”…' }).click();
  const english = page.getByRole('dialog', { name: 'Export the parcours “Lire au CP”' });
  await expect(english.getByRole('radio', { name: 'Moodle backup (.mbz)' })).toBeFocused();
  await english.getByRole('button', { name: 'Export', exact: true }).click();
  core.event('job.progress', { ...progress, ...writing, done: 6, total: 12 });
  await expect(english).toContainText('Writing the archive — 50%');
  await expectNoAxeViolations(page, 'the export progress in English');
  core.event('job.finished', finished);
  await expect(exchange.outcome(english)).toHaveText(
    'Parcours exported to “/tmp/lire-au-cp.mbz” (2.5 MB).',
  );
  await expect(english.getByRole('region', { name: 'Report' })).toContainText(
    'Activité « Carte mentale » — Module mindmap unknown to Atelier: kept whole',
  );
  await expectNoAxeViolations(page, 'the export report in English');
  await screenshot(page, 'exchange-export-report-en', app.target);
});
