import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

let dir: string;
let env: Record<string, string>;
let project: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atelier-cli-x-'));
  env = { ATELIER_DATA_DIR: join(dir, 'data') };
  project = join(dir, 'p.atelier');
  await runCli(['new', project, '--template', 'autoformation-3h'], env);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('atelier export / import of whole parcours', () => {
  it('exports a .mbz and a folder, then imports the .mbz into another project', async () => {
    const mbz = join(dir, 'parcours.mbz');
    const exported = await runCli(['export', project, '--format', 'mbz', '-o', mbz], env);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`écrit / written: ${mbz}`);
    // Moodle tells a tar.gz from its gzip magic bytes.
    expect([...readFileSync(mbz).subarray(0, 2)]).toEqual([0x1f, 0x8b]);

    const folder = join(dir, 'dossier');
    const asFolder = await runCli(['export', project, '--format', 'folder', '-o', folder], env);
    expect(asFolder.code).toBe(0);
    expect(existsSync(join(folder, 'parcours.json'))).toBe(true);

    const other = join(dir, 'autre.atelier');
    await runCli(['new', other, '--title', 'Autre'], env);
    const imported = await runCli(['import', other, mbz], env);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/\(autoformation-3h\) importé \/ imported/);
    const info = await runCli(['info', other], env);
    expect(info.stdout).toContain('[autoformation-3h]');
  }, 120_000);

  it('refuses a file that is no backup (exit 1, French first) and bad options (exit 2)', async () => {
    const bogus = join(dir, 'faux.mbz');
    writeFileSync(bogus, 'pas une archive');
    const refused = await runCli(['import', project, bogus], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/sauvegarde|archive/i);
    const usage = await runCli(
      ['export', project, '--format', 'folder', '--moodle', '4.5', '-o', join(dir, 'x')],
      env,
    );
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--moodle et --zip ne valent que pour --format mbz.');
  }, 120_000);

  it('writes the review package: one page holding the site and the parcours, and its zip', async () => {
    const page = join(dir, 'relecture.html');
    const written = await runCli(['export', project, '--format', 'review', '-o', page], env);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain(`écrit / written: ${page}`);
    const html = readFileSync(page, 'utf8');
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/,
    );
    const model =
      /<script type="application\/json" id="atelier-preview-model">(.*?)<\/script>/s.exec(
        html,
      )?.[1];
    expect(JSON.parse(model ?? '{}')).toMatchObject({
      format: 'atelier-preview/1',
      parcours: { title: 'Autoformation 3 h', version: '0.1' },
    });
    const zip = join(dir, 'relecture.zip');
    const zipped = await runCli(['export', project, '--format', 'review-zip', '-o', zip], env);
    expect(zipped.code).toBe(0);
    expect([...readFileSync(zip).subarray(0, 2)]).toEqual([0x50, 0x4b]);
  }, 120_000);
});
