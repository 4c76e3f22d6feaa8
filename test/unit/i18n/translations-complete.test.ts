import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(process.cwd(), 'src/renderer/i18n');

/** Flattens nested translation objects into dotted keys. */
const keys = (value: unknown, prefix = ''): string[] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, child]) =>
        keys(child, prefix ? `${prefix}.${key}` : key),
      )
    : [prefix];

const load = (language: 'fr' | 'en'): Map<string, string> => {
  const entries = new Map<string, string>();
  for (const file of readdirSync(dir).filter((name) =>
    new RegExp(`(^|\\.)${language}\\.json$`).test(name),
  )) {
    const json: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    for (const key of keys(json)) {
      expect(entries.has(key), `${key} is defined twice (${file})`).toBe(false);
      entries.set(key, file);
    }
  }
  return entries;
};

describe('translations', () => {
  it('every French string has an English one and the reverse', () => {
    const fr = [...load('fr').keys()].sort();
    const en = [...load('en').keys()].sort();
    expect(fr.length).toBeGreaterThan(50);
    expect(en).toEqual(fr);
  });
});
