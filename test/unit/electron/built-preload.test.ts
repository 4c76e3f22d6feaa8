import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfigFromFile, PreloadConfigFactory } from 'electron-vite';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
let outDir: string;

/** Every `require("…")` in a CommonJS bundle. */
const requiredModules = (code: string): string[] =>
  [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1] ?? '');

/** The sandbox can only give the preload `electron`: anything else fails at window load. */
const expectSandboxSafe = (code: string): void => {
  expect(requiredModules(code)).toEqual(['electron']);
  expect(code).not.toMatch(/^\s*(import|export)\s/m);
  expect(code).not.toMatch(/\bimport\(/);
  expect(code).toContain('exposeInMainWorld("atelier"');
};

beforeAll(async () => {
  // Build the preload alone, from the real electron.vite.config.ts, into a temp folder:
  // the unit run happens before `npm run build`, and the renderer may not build yet.
  outDir = mkdtempSync(join(tmpdir(), 'atelier-preload-'));
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    undefined,
    root,
  );
  const preload = loaded.config.preload;
  if (!preload) throw new Error('electron.vite.config.ts has no preload config');
  // The factory adds electron-vite's own preload presets, exactly as `electron-vite build`.
  const viteConfig = await new PreloadConfigFactory(
    { ...preload, build: { ...preload.build, outDir } },
    { logLevel: 'silent', configFile: false },
    { root },
  ).build();
  await build(viteConfig);
}, 120_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe('built preload', () => {
  it('is ONE CommonJS file that requires only electron', () => {
    const file = join(outDir, 'preload.cjs');
    expect(existsSync(file)).toBe(true);
    expectSandboxSafe(readFileSync(file, 'utf8'));
  });

  it.skipIf(!existsSync(join(root, 'out', 'preload', 'preload.cjs')))(
    'out/preload/preload.cjs (from npm run build) too',
    () => {
      expectSandboxSafe(readFileSync(join(root, 'out', 'preload', 'preload.cjs'), 'utf8'));
    },
  );
});
