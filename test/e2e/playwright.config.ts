import { defineConfig } from '@playwright/test';

/**
 * The studio's end-to-end suite: the real core behind the WebSocket host, the built
 * renderer (`npm run build` first) in Debian's Chromium. The same specs run against the
 * Electron app with `test/e2e-electron/playwright.config.ts`.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/e2e',
  timeout: 45_000,
  expect: { timeout: 7_500 },
  fullyParallel: false,
  workers: process.env['CI'] ? 1 : 2,
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    actionTimeout: 10_000,
  },
});
