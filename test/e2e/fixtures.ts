import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type Page, test as base, chromium, _electron } from '@playwright/test';
import { createAppContext } from '../../src/main/core/app-context';
import { createWsHost } from '../../src/main/host/ws-host';
import { ELECTRON_MISSING_MESSAGE, electronBinary } from './electron-binary';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './launch-options';

const repoRoot = resolve(import.meta.dirname, '../..');

export type E2eTarget = 'web' | 'electron';

export interface AtelierApp {
  page: Page;
  target: E2eTarget;
  /** A fresh folder for this test's projects (the studio proposes it in the web target). */
  projectDir: string;
  /** Reloads the window the way an author would (F5), keeping the same core. */
  reload(): Promise<void>;
}

/** The built preview site (`npm run build`; ATELIER_PREVIEW_OUT for a private build). */
const PREVIEW_SITE_DIR = process.env['ATELIER_PREVIEW_OUT'] ?? join(repoRoot, 'out/preview');

const target: E2eTarget = process.env['ATELIER_E2E_TARGET'] === 'electron' ? 'electron' : 'web';

/** Page errors (uncaught exceptions, CSP blocks of scripts) fail the test. */
const watchErrors = (page: Page, errors: string[]): void => {
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
};

export const test = base.extend<{ app: AtelierApp }, { webBrowser: Browser | null }>({
  webBrowser: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern
    async ({}, use) => {
      if (target !== 'web') {
        await use(null);
        return;
      }
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ webBrowser }, use, testInfo) => {
    const tmp = await mkdtemp(join(tmpdir(), 'atelier-e2e-'));
    const dataDir = join(tmp, 'data');
    const projectDir = join(tmp, 'projets');
    await mkdir(projectDir, { recursive: true });
    const errors: string[] = [];
    try {
      if (target === 'electron') {
        const executablePath = electronBinary();
        testInfo.skip(executablePath === null, ELECTRON_MISSING_MESSAGE);
        const electronApp = await _electron.launch({
          ...(executablePath === null ? {} : { executablePath }),
          args: [join(repoRoot, 'out/main/index.js'), `--user-data-dir=${dataDir}`],
          cwd: repoRoot,
          env: {
            ...process.env,
            ATELIER_USER_DATA_DIR: dataDir,
            ATELIER_DEFAULT_PROJECT_DIR: projectDir,
          },
        });
        try {
          const page = await electronApp.firstWindow();
          watchErrors(page, errors);
          await use({
            page,
            target,
            projectDir,
            reload: async () => {
              await page.reload();
            },
          });
        } finally {
          await electronApp.close();
        }
      } else {
        if (!webBrowser) throw new Error('the web target needs a browser');
        const context = createAppContext({
          dataDir,
          defaultProjectDir: projectDir,
          templatesDir: join(repoRoot, 'resources/templates'),
          snapshotIntervalMinutes: 0,
          previewSiteDir: PREVIEW_SITE_DIR,
        });
        const host = await createWsHost({
          context,
          staticDir: process.env['ATELIER_RENDERER_OUT'] ?? join(repoRoot, 'out/renderer'),
          previewSiteDir: PREVIEW_SITE_DIR,
        });
        const browserContext = await webBrowser.newContext({ locale: 'fr-FR' });
        try {
          const page = await browserContext.newPage();
          watchErrors(page, errors);
          await page.goto(`${host.url}#token=${host.token}`);
          await use({
            page,
            target,
            projectDir,
            reload: async () => {
              await page.reload();
            },
          });
        } finally {
          await browserContext.close();
          await host.close();
          await context.close();
        }
      }
      if (errors.length > 0) throw new Error(`Errors in the page:\n${errors.join('\n')}`);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
