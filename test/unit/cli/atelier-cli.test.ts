import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectInfoJsonSchema } from '../../../src/main/cli/project-info-json';
import { runCli } from './run-cli';

let dir: string;
let env: Record<string, string>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atelier-cli-'));
  env = { ATELIER_DATA_DIR: join(dir, 'data') };
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('atelier CLI', () => {
  it('new creates a project with one 3-hour parcours', async () => {
    const file = join(dir, 'ia.atelier');
    const run = await runCli(['new', file, '--title', 'Découvrir l’IA générative'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(file);
    expect(existsSync(file)).toBe(true);
  });

  it('info prints the project and its numbered parcours', async () => {
    const run = await runCli(['info', join(dir, 'ia.atelier')], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Découvrir l’IA générative');
    expect(run.stdout).toMatch(
      /^1\. Découvrir l’IA générative \[decouvrir-l-ia-generative\] — 3 h/m,
    );
  });

  it('info --json has the documented shape', async () => {
    const run = await runCli(['info', join(dir, 'ia.atelier'), '--json', '--parcours', '1'], env);
    expect(run.code).toBe(0);
    const info = projectInfoJsonSchema.parse(JSON.parse(run.stdout));
    expect(info.format).toBe('atelier-info/3');
    expect(info.parcours).toHaveLength(1);
    expect(info.parcours[0]).toMatchObject({
      number: 1,
      shortName: 'decouvrir-l-ia-generative',
      declaredHours: 3,
      sections: [],
    });
  });

  it('--parcours accepts the short name and refuses an unknown one (exit 1)', async () => {
    const file = join(dir, 'ia.atelier');
    expect(
      (await runCli(['info', file, '--parcours', 'DECOUVRIR-L-IA-GENERATIVE'], env)).code,
    ).toBe(0);
    const run = await runCli(['info', file, '--parcours', 'nope'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Aucun parcours « nope »[\s\S]*No parcours "nope"/);
  });

  it('new refuses an existing file with exit 1', async () => {
    const run = await runCli(['new', join(dir, 'ia.atelier')], env);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('a missing file exits 1 with the French message first, then the English one', async () => {
    const run = await runCli(['info', join(dir, 'absent.atelier')], env);
    expect(run.code).toBe(1);
    const [fr, en] = run.stderr.split('\n');
    expect(fr).toMatch(/introuvable|n’existe pas|n'existe pas/);
    expect(en).toMatch(/not (exist|found)/i);
  });

  // Independent of the files above: run side by side, each is a whole Node start-up.
  it.concurrent.each([
    [[]],
    [['frob']],
    [['info']],
    [['new', join(tmpdir(), 'x.txt')]],
    [['info', 'a.atelier', 'b.atelier']],
    [['info', 'a.atelier', '--bogus']],
  ])('bad usage %j exits 2 with the usage text', async (args) => {
    const run = await runCli(args, env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Utilisation / Usage');
  });

  it.concurrent('--help and --version exit 0', async () => {
    const help = await runCli(['--help'], env);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('atelier info');
    const version = await runCli(['--version'], env);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
