import type Database from 'better-sqlite3';
import type { EntityClaim } from './kill-9-claims';

/** The expected state: every entity the child made a claim about, merged in order. */
export type Model = Map<string, EntityClaim>;

export const applyClaims = (model: Model, claims: readonly EntityClaim[]): Model => {
  const next = new Map(model);
  for (const claim of claims) {
    const key = `${claim.kind}:${claim.id}`;
    const previous = next.get(key);
    next.set(key, claim.exists && previous?.exists ? { ...previous, ...claim } : claim);
  }
  return next;
};

interface ActualRow {
  id: string;
  title: string | null;
  text: string | null;
  sectionId: string | null;
}

/** The differences between the model and the file; empty when every claim holds. */
export const findMismatches = (db: Database.Database, model: Model): string[] => {
  const sections = new Map(
    (
      db
        .prepare(
          `SELECT id, json_extract(data, '$.title') AS title, NULL AS text, NULL AS sectionId FROM sections`,
        )
        .all() as ActualRow[]
    ).map((r) => [r.id, r]),
  );
  const activities = new Map(
    (
      db
        .prepare(
          `SELECT id, title, json_extract(data, '$.content.content[0].content[0].text') AS text, section_id AS sectionId FROM activities`,
        )
        .all() as ActualRow[]
    ).map((r) => [r.id, r]),
  );
  const problems: string[] = [];
  for (const claim of model.values()) {
    const actual = (claim.kind === 'section' ? sections : activities).get(claim.id);
    if (!claim.exists) {
      if (actual) problems.push(`${claim.kind} ${claim.id} should be deleted`);
      continue;
    }
    if (!actual) {
      problems.push(`${claim.kind} ${claim.id} is missing`);
      continue;
    }
    for (const field of ['title', 'text', 'sectionId'] as const) {
      const expected = claim[field];
      if (expected !== undefined && actual[field] !== expected) {
        problems.push(
          `${claim.kind} ${claim.id}.${field}: expected ${expected}, found ${String(actual[field])}`,
        );
      }
    }
  }
  return problems;
};
