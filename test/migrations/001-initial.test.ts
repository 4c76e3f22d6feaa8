import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationList } from '../../src/main/core/db/migrations/migration-list';
import { runMigrations } from '../../src/main/core/db/migrations/run-migrations';
import { projectFileFormat } from '../../src/main/core/db/project-file-format';

let db: Database.Database | undefined;
afterEach(() => db?.close());

describe('migration 001 initial', () => {
  it('creates STRICT tables, the application id and user_version 1 from an empty file', () => {
    db = new Database(':memory:');
    expect(runMigrations(db, migrationList.slice(0, 1))).toEqual({ from: 0, to: 1 });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(projectFileFormat.applicationId);
    const tables = db
      .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
      .all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name)).toEqual(['activities', 'meta', 'parcours', 'sections']);
    for (const table of tables) expect(table.sql).toMatch(/STRICT$/);
  });

  it('uses the indexes for the outline queries (no full scan)', () => {
    const memory = new Database(':memory:');
    db = memory;
    runMigrations(memory);
    const plan = (sql: string) =>
      (memory.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    expect(plan('SELECT data FROM sections WHERE parcours_id = ? ORDER BY position, id')).toMatch(
      /sections_by_parcours/,
    );
    expect(
      plan(
        `SELECT a.id FROM activities a JOIN sections s ON s.id = a.section_id WHERE s.parcours_id = ? ORDER BY a.section_id, a.position`,
      ),
    ).toMatch(/activities_by_section/);
  });

  it('leaves the file at its old version when a migration fails (D2)', () => {
    const memory = new Database(':memory:');
    db = memory;
    runMigrations(memory, migrationList.slice(0, 1));
    const failing = [
      ...migrationList,
      {
        version: migrationList.length + 1,
        name: 'explodes',
        up(target: Database.Database) {
          target.exec('CREATE TABLE half_done (x TEXT) STRICT');
          throw new Error('crash in the middle');
        },
      },
    ];
    expect(() => runMigrations(memory, failing)).toThrow(/crash/);
    expect(memory.pragma('user_version', { simple: true })).toBe(1);
    const names = (
      memory.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    expect(names).not.toContain('half_done');
    expect(names).not.toContain('journal_entries');
  });
});
