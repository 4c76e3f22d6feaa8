import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectInfoJsonSchema } from '../../../src/main/cli/project-info-json';
import { runCli } from './run-cli';

let dir: string;
let env: Record<string, string>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atelier-cli-templates-'));
  env = { ATELIER_DATA_DIR: join(dir, 'data') };
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('atelier templates / new --template / info budget', () => {
  it.concurrent('templates lists the shipped gabarits, as text and as JSON', async () => {
    const text = await runCli(['templates'], env);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^autoformation-3h — Autoformation 3 h \(3 h\)$/m);
    const json = await runCli(['templates', '--json'], env);
    expect(json.code).toBe(0);
    const list = JSON.parse(json.stdout) as {
      id: string;
      declaredHours: number;
      description: string;
    }[];
    expect(list.map((t) => [t.id, t.declaredHours])).toEqual([
      ['autoformation-3h', 3],
      ['classe-virtuelle-presentiel-6h', 6],
      ['parcours-hybride-9h', 9],
    ]);
    for (const t of list) expect(t.description.length).toBeGreaterThan(20);
  });

  it.concurrent(
    'new --template takes the name case-insensitively; info shows the budget',
    async () => {
      const file = join(dir, 'hybride.atelier');
      const created = await runCli(['new', file, '--template', 'PARCOURS-HYBRIDE-9H'], env);
      expect(created.stderr).toBe('');
      expect(created.code).toBe(0);
      expect(created.stdout).toContain('9 h');
      const json = await runCli(['info', file, '--json'], env);
      expect(json.code).toBe(0);
      const info = projectInfoJsonSchema.parse(JSON.parse(json.stdout));
      expect(info.format).toBe('atelier-info/3');
      const [parcours] = info.parcours;
      expect(parcours?.timeBudget).toMatchObject({
        declaredMinutes: 540,
        totalMinutes: 540,
        deltaMinutes: 0,
        withinTolerance: true,
        distanceMinutes: parcours?.timeBudget.indexedDistanceMinutes,
        presenceMinutes: parcours?.timeBudget.indexedPresenceMinutes,
      });
      const sum = parcours?.sections.reduce((total, s) => total + s.totalMinutes, 0);
      expect(sum).toBe(540);
      const text = await runCli(['info', file], env);
      expect(text.stdout).toMatch(/Budget temps \/ Time budget: 9 h estimées sur 9 h déclarées/);
      expect(text.stdout).toMatch(/présentiel 3 h/);
    },
  );

  it.concurrent('new --title with a gabarit name names the parcours', async () => {
    const file = join(dir, 'auto.atelier');
    const run = await runCli(
      ['new', file, '--template', 'autoformation 3 h', '--title', 'Lire au CP'],
      env,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Lire au CP [lire-au-cp] — 3 h');
  });

  it.concurrent('an unknown gabarit exits 1 with the list, and creates no file', async () => {
    const file = join(dir, 'none.atelier');
    const run = await runCli(['new', file, '--template', 'inconnu'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Aucun gabarit « inconnu »/);
    expect(run.stderr).toContain('classe-virtuelle-presentiel-6h');
    expect(run.stderr).toMatch(/No gabarit "inconnu"/);
    expect(existsSync(file)).toBe(false);
  });
});
