import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string; value: number };
  confidence: { name: string; value: number };
  description: string;
  manualReview: boolean;
}
type Run = (
  options: Record<string, unknown>,
  forCli: boolean,
) => Promise<{
  issues: Finding[];
  errors: { file: string; message: string; tolerable: boolean }[];
}>;

const root = join(import.meta.dirname, '..', '..', '..');
// The package is CommonJS and untyped: its module.exports is the runner function.
const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Run;
const electronVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

const scan = (input: string): ReturnType<Run> =>
  run(
    {
      input,
      isRelative: true,
      electronVersionOverride: electronVersion,
      // That check downloads Electron's release list (network, changes daily): it says whether
      // a newer Electron exists, which is Dependabot's job rather than a test's.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    },
    false,
  );

const describeFinding = (f: Finding): string =>
  `${f.id} ${f.severity.name}/${f.confidence.name} ${f.file}:${f.location.line} — ${f.description}`;

/** QUALITY.md: 0 findings at high severity with firm (or certain) confidence. */
const expectNoHighFirm = (result: Awaited<ReturnType<Run>>): void => {
  const blocking = result.issues.filter(
    (f) =>
      f.severity.name === 'HIGH' &&
      (f.confidence.name === 'FIRM' || f.confidence.name === 'CERTAIN'),
  );
  expect(blocking.map(describeFinding), 'Electronegativity HIGH/FIRM findings').toEqual([]);
  expect(result.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`)).toEqual(
    [],
  );
};

/**
 * Electronegativity parses built JavaScript with a Babel setup that predates class private
 * fields (`#x`), and would skip every file that has one. The copy it scans has them lowered
 * first (the same code, private fields as WeakMaps), so every file is read.
 */
const downlevelForTheScanner = (dir: string): void => {
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.js')) continue;
    const file = join(dir, name);
    const { code } = transformSync(readFileSync(file, 'utf8'), {
      loader: 'js',
      format: 'esm',
      supported: {
        'class-private-field': false,
        'class-private-method': false,
        'class-private-accessor': false,
        'class-private-static-field': false,
        'class-private-static-method': false,
        'class-private-static-accessor': false,
        'class-private-brand-check': false,
        'class-static-blocks': false,
      },
    });
    writeFileSync(file, code);
  }
};

describe('Electronegativity', () => {
  it('finds nothing high/firm in src/main', async () => {
    const result = await scan(join(root, 'src', 'main'));
    expectNoHighFirm(result);
    // Proof the window code was parsed: the preload always asks for a manual review.
    expect(
      result.issues.some(
        (f) => f.id === 'PRELOAD_JS_CHECK' && f.file.includes('create-main-window'),
      ),
    ).toBe(true);
  }, 60_000);

  it.skipIf(!existsSync(join(root, 'out', 'main', 'index.js')))(
    'finds nothing high/firm in the built main and preload',
    async () => {
      // Main and preload are scanned together, as one app: global checks (navigation
      // limits, CSP) look across files, and the preload alone would lack the main's rules.
      // The renderer bundle (React) is left out: it is not Electron code.
      const copy = mkdtempSync(join(tmpdir(), 'atelier-eneg-'));
      try {
        cpSync(join(root, 'out', 'main'), join(copy, 'main'), { recursive: true });
        downlevelForTheScanner(join(copy, 'main'));
        const preload = join(root, 'out', 'preload', 'preload.cjs');
        // Electronegativity only reads .js/.ts/.html: the CommonJS preload is renamed.
        if (existsSync(preload)) cpSync(preload, join(copy, 'preload', 'preload.js'));
        expectNoHighFirm(await scan(copy));
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
