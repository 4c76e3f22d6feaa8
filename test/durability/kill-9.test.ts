import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../src/main/core/app-context';
import { createInProcessTransport } from '../../src/main/core/in-process-transport';
import { createClient } from '../../src/shared/contract/create-client';
import type { ChildLine, EntityClaim } from './kill-9-claims';
import { applyClaims, findMismatches, type Model } from './kill-9-model';

const ROUNDS = Number(process.env['ATELIER_DURABILITY_ROUNDS'] ?? 200);
const root = join(import.meta.dirname, '../..');
let dir: string;
let projectPath: string;
let childCommand: string[];

/**
 * The child is bundled once with esbuild (it comes with tsx): `node --import tsx` costs
 * ~0.8 s of startup per round, a bundle ~0.2 s, which keeps 200 rounds near a minute.
 */
const bundleChild = async (): Promise<string[]> => {
  const source = join(import.meta.dirname, 'kill-9-child.ts');
  try {
    const esbuild = await import('esbuild');
    const outDir = join(root, 'node_modules', '.cache', 'atelier-kill-9');
    mkdirSync(outDir, { recursive: true });
    const outfile = join(outDir, 'kill-9-child.mjs');
    await esbuild.build({
      entryPoints: [source],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      external: ['better-sqlite3'],
      // CommonJS dependencies (ws under happy-dom) require Node built-ins at run time.
      banner: {
        js: "import { createRequire as __atelierRequire } from 'node:module'; const require = __atelierRequire(import.meta.url);",
      },
      logLevel: 'silent',
    });
    return [outfile];
  } catch {
    return ['--import', 'tsx', source];
  }
};

interface RoundOutcome {
  acked: EntityClaim[][];
  pending: EntityClaim[] | null;
  stderr: string;
}

/** Runs one child and SIGKILLs it at a random moment: during startup, or among the edits. */
const runRound = (): Promise<RoundOutcome> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [...childCommand, projectPath, join(dir, 'data')], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: EntityClaim[][] = [];
    let pending: EntityClaim[] | null = null;
    let buffer = '';
    let stderr = '';
    const kill = () => child.kill('SIGKILL');
    if (Math.random() < 0.15) setTimeout(kill, Math.random() * 250);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const text of lines) {
        const line = JSON.parse(text) as ChildLine;
        if (line.type === 'ready') setTimeout(kill, Math.random() * 150);
        else if (line.type === 'intent') pending = line.claims;
        else {
          acked.push(line.claims);
          pending = null;
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', () => {
      resolve({ acked, pending, stderr });
    });
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atelier-kill9-'));
  projectPath = join(dir, 'durabilite.atelier');
  childCommand = await bundleChild();
  const context = createAppContext({
    dataDir: join(dir, 'data'),
    defaultProjectDir: dir,
    snapshotIntervalMinutes: 0,
  });
  const client = createClient(createInProcessTransport(context));
  await client.invoke('project.create', { path: projectPath });
  await client.invoke('parcours.create', { title: 'Durabilité', shortName: 'D1' });
  await context.close();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('kill -9 during edits (D1)', () => {
  it(
    `loses no acknowledged edit over ${String(ROUNDS)} rounds`,
    async () => {
      let model: Model = new Map();
      let acknowledged = 0;
      const started = Date.now();
      for (let round = 0; round < ROUNDS; round += 1) {
        const outcome = await runRound();
        expect(outcome.stderr, `round ${String(round)} child error`).toBe('');
        for (const claims of outcome.acked) model = applyClaims(model, claims);
        acknowledged += outcome.acked.length;
        const db = new Database(projectPath);
        try {
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
          let problems = findMismatches(db, model);
          // The edit in flight at the kill may or may not have committed: both are correct.
          if (problems.length > 0 && outcome.pending) {
            const withPending = applyClaims(model, outcome.pending);
            if (findMismatches(db, withPending).length === 0) {
              model = withPending;
              problems = [];
            }
          }
          expect(problems, `round ${String(round)}`).toEqual([]);
        } finally {
          db.close();
        }
      }
      console.info(
        `kill-9: ${String(ROUNDS)} rounds, ${String(acknowledged)} acknowledged edits, ${String(Date.now() - started)} ms`,
      );
      expect(acknowledged).toBeGreaterThan(ROUNDS);
    },
    Math.max(120_000, ROUNDS * 2_000),
  );
});
