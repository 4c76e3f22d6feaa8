/** Debian's Chromium: Playwright's own browser downloads are not available here. */
export const CHROMIUM_PATH = process.env['ATELIER_CHROMIUM'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
