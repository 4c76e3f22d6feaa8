import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveError } from '../../../src/main/formats/archive/archive-error';
import { extractArchive } from '../../../src/main/formats/archive/extract-archive';
import { MbzXmlError, parseMbzXml } from '../../../src/main/formats/mbz/mbz-xml';
import { ABSOLUTE_TARGET } from '../../support/hostile-archives/cases-paths';
import type { HostileCase } from '../../support/hostile-archives/hostile-case';
import { hostileCases } from '../../support/hostile-archives/hostile-cases';
import { listTree } from '../../support/hostile-archives/list-tree';
import { manyEntriesZip } from '../../support/hostile-archives/many-entries';
import { measurePeakRss } from '../../support/hostile-archives/peak-rss';

const CORPUS = join(import.meta.dirname, '..', '..', 'fixtures', 'hostile-archives');
const MAX_RSS_GROWTH = 200 * 1024 * 1024;
let root = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'atelier-hostile-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A fresh folder with the staging folder two levels down, so `../..` still lands inside. */
const caseFolder = async () => {
  const parent = await mkdtemp(join(root, 'case-'));
  await mkdir(join(parent, 'a', 'b'), { recursive: true });
  return { parent, staging: join(parent, 'a', 'b', 'staging') };
};

const expectRefusal = (error: unknown, code: string) => {
  expect(error).toBeInstanceOf(ArchiveError);
  const refusal = error as ArchiveError;
  expect(refusal.code).toBe(code);
  expect(refusal.message).toBe(refusal.messageFr);
  expect(refusal.messageFr).toMatch(/[éèàêç]|^(Le|La) /u);
  expect(refusal.messageEn).not.toBe(refusal.messageFr);
};

const expectXmlRefusal = async (
  staging: string,
  expected: 'forbidden' | 'malformed' | 'either',
) => {
  const text = await readFile(join(staging, 'moodle_backup.xml'), 'utf8');
  let error: unknown;
  try {
    parseMbzXml(text, 'moodle_backup.xml');
  } catch (caught) {
    error = caught;
  }
  if (expected === 'either' && error === undefined) return;
  expect(error).toBeInstanceOf(MbzXmlError);
  if (expected !== 'either') expect((error as MbzXmlError).reason).toBe(expected);
};

const runCase = async (c: HostileCase) => {
  const { parent, staging } = await caseFolder();
  const before = await listTree(parent);
  const { outcome, growthBytes } = await measurePeakRss(() =>
    extractArchive(join(CORPUS, c.file), staging, { limits: c.limits }),
  );
  const after = await listTree(parent);
  if ('refused' in c.expect) {
    expect(outcome.status).toBe('rejected');
    if (outcome.status === 'rejected') expectRefusal(outcome.reason, c.expect.refused);
    // Nothing written anywhere, and the staging folder (created by the extraction) is gone.
    expect(after).toEqual(before);
  } else {
    expect(outcome.status).toBe('fulfilled');
    await expectXmlRefusal(staging, c.expect.xml);
    expect(
      after.filter((path) => !before.includes(path)).every((p) => p.startsWith('a/b/staging')),
    ).toBe(true);
  }
  expect(existsSync(ABSOLUTE_TARGET)).toBe(false);
  expect(existsSync(join(root, 'atelier-slip.txt'))).toBe(false);
  if (c.big === true) expect(growthBytes).toBeLessThan(MAX_RSS_GROWTH);
  await rm(parent, { recursive: true, force: true });
};

describe('hostile archives (QUALITY.md U1)', () => {
  it('the corpus holds at least 60 files, each generated and described in the README', () => {
    const files = readdirSync(CORPUS).filter((name) => name !== 'README.md');
    const readme = readFileSync(join(CORPUS, 'README.md'), 'utf8');
    expect(files.length).toBeGreaterThanOrEqual(60);
    expect(files.sort()).toEqual(hostileCases.map((c) => c.file).sort());
    for (const file of files) expect(readme).toContain(`\`${file}\``);
  });

  for (const c of hostileCases) {
    const expected = 'refused' in c.expect ? c.expect.refused : `XML ${c.expect.xml}`;
    it(`${c.file} → ${expected}`, () => runCase(c), 60_000);
  }

  it('a zip of 100,001 entries (built here: ~8 MB) is refused from its declared count', async () => {
    const { parent, staging } = await caseFolder();
    const file = join(parent, 'many.mbz');
    await writeFile(file, manyEntriesZip());
    const started = performance.now();
    const error: unknown = await extractArchive(file, staging).catch((caught: unknown) => caught);
    expectRefusal(error, 'too-many-entries');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(await listTree(parent)).toEqual(['a', 'a/b', 'many.mbz']);
  }, 60_000);
});
