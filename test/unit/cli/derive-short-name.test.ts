import { describe, expect, it } from 'vitest';
import { deriveShortName } from '../../../src/main/cli/derive-short-name';
import { shortNameSchema } from '../../../src/shared/domain/parcours';

describe('deriveShortName', () => {
  it.each([
    ['Découvrir l’IA générative', 'decouvrir-l-ia-generative'],
    ['  Œuvres & Élèves — 2025 ', 'oeuvres-eleves-2025'],
    ['!!!', 'parcours'],
    ['x'.repeat(300), 'x'.repeat(100)],
  ])('%s → %s, a valid short name', (title, expected) => {
    const slug = deriveShortName(title);
    expect(slug).toBe(expected);
    expect(shortNameSchema.safeParse(slug).success).toBe(true);
  });
});
