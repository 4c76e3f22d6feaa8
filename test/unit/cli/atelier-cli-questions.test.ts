import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectInfoJsonSchema } from '../../../src/main/cli/project-info-json';
import { questionFixture } from '../../support/core/question-samples';
import { runCli } from './run-cli';

let dir: string;
let env: Record<string, string>;
let project: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atelier-cli-q-'));
  env = { ATELIER_DATA_DIR: join(dir, 'data') };
  project = join(dir, 'q.atelier');
  await runCli(['new', project, '--title', 'Questions'], env);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const fixtureFile = (name: string): string => {
  const path = join(dir, name);
  writeFileSync(path, questionFixture(name));
  return path;
};

describe('atelier import / export', () => {
  it('imports a GIFT file with errors: the report gives each line and reason, exit 0', async () => {
    const run = await runCli(['import', project, fixtureFile('gift-edge-cases.gift')], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+ question\(s\) importée\(s\) \/ imported/);
    expect(run.stdout).toContain('ligne/line 79 — « E22 Accolade non fermée »');
    expect(run.stdout).toContain('Accolades {…} introuvables autour des réponses.');
    expect(run.stdout).toContain('Could not find {...} around answers.');
    expect(run.stdout).toContain('Avertissements / Warnings');
  });

  it('imports Moodle XML into a category path, then info --json counts the bank', async () => {
    const run = await runCli(
      [
        'import',
        project,
        fixtureFile('ref-questions-4.5.xml'),
        '--category',
        'Banque/Réf',
        '--parcours',
        '1',
      ],
      env,
    );
    expect(run.code).toBe(0);
    const info = projectInfoJsonSchema.parse(
      JSON.parse((await runCli(['info', project, '--json'], env)).stdout),
    );
    expect(info.format).toBe('atelier-info/3');
    expect(info.parcours[0]?.questionBank.questions).toBeGreaterThan(10);
  });

  it('exits 1 when nothing could be imported', async () => {
    const bad = join(dir, 'bad.gift');
    writeFileSync(bad, '::A::Pas fermée {\n\n::B::Aussi {=x\n');
    const run = await runCli(['import', project, bad], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('0 question(s) importée(s)');
    expect(run.stdout).toContain('ligne/line 1');
    expect(run.stdout).toContain('ligne/line 3');
    const xml = join(dir, 'evil.xml');
    writeFileSync(xml, '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "e">]><quiz/>');
    const evil = await runCli(['import', project, xml], env);
    expect(evil.code).toBe(1);
    expect(evil.stdout).toContain('DOCTYPE');
    const missing = await runCli(['import', project, join(dir, 'absent.gift')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('introuvable');
  });

  it('exports GIFT and Moodle XML; usage errors exit 2', async () => {
    for (const [format, name] of [
      ['gift', 'out.gift'],
      ['moodle-xml', 'out.xml'],
    ] as const) {
      const out = join(dir, name);
      const run = await runCli(['export', project, '--format', format, '-o', out], env);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/question\(s\) écrite\(s\) \/ written/);
      expect(readFileSync(out, 'utf8')).toContain('E01 Échappements');
    }
    const reimport = await runCli(['import', project, join(dir, 'out.xml')], env);
    expect(reimport.code).toBe(0);
    expect((await runCli(['export', project, '--format', 'gift'], env)).code).toBe(2);
    const unknown = await runCli(['export', project, '--format', 'csv', '-o', join(dir, 'x')], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Format inconnu');
    expect((await runCli(['import', project], env)).code).toBe(2);
  });
});
