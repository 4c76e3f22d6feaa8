import { defineConfig } from '@playwright/test';
import baseConfig from '../e2e/playwright.config';
import { ELECTRON_MISSING_MESSAGE, electronBinary } from '../e2e/electron-binary';

// The fixture reads this in every worker (workers inherit the runner's environment).
process.env['ATELIER_E2E_TARGET'] = 'electron';

// Playwright's list reporter does not print skip reasons: say it once, plainly, in the log.
if (electronBinary() === null) process.stdout.write(`\n${ELECTRON_MISSING_MESSAGE}\n\n`);

/** The e2e specs again, against the real Electron app (skipped where its binary is missing). */
export default defineConfig({
  ...baseConfig,
  testDir: '../e2e',
  outputDir: '../../test-results/e2e-electron',
  workers: 1,
});
