import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';

const dir = resolve(import.meta.dirname, '../../test-results/screenshots');

/** Saves a screenshot for a person to look at (not compared: the studio's look may change). */
export const screenshot = async (page: Page, name: string, target: string): Promise<void> => {
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${target}-${name}.png`), fullPage: true });
};
