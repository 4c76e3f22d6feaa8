import { describe, expect, it } from 'vitest';
import { claimName } from '../../../src/main/formats/folder/claim-name';
import { mediaFileName } from '../../../src/main/formats/folder/media-file-name';
import { byNumberedName, numberedName } from '../../../src/main/formats/folder/numbered-name';
import { slugify } from '../../../src/main/formats/folder/slugify';

describe('folder names', () => {
  it('slugs titles to lowercase ASCII without accents', () => {
    expect(slugify('Séquence 1 — Évaluer, c’est quoi ?', 'x')).toBe(
      'sequence-1-evaluer-c-est-quoi',
    );
    expect(slugify('L’œuvre de Łukasz, Straße ﬁnale²', 'x')).toBe(
      'l-oeuvre-de-lukasz-strasse-finale2',
    );
    expect(slugify('😀 ?!', 'activite')).toBe('activite');
    expect(slugify('Une très longue introduction au numérique éducatif en cycle trois', 'x')).toBe(
      'une-tres-longue-introduction-au',
    );
  });

  it('resolves collisions in order and numbers with a fixed width', () => {
    const taken = new Set<string>();
    expect(['banque', 'banque', 'banque-2', 'banque'].map((n) => claimName(taken, n))).toEqual([
      'banque',
      'banque-2',
      'banque-2-2',
      'banque-3',
    ]);
    expect(numberedName(0, 9, 'a')).toBe('01-a');
    expect(numberedName(99, 120, 'a')).toBe('100-a');
    expect(numberedName(4, 120, 'a')).toBe('005-a');
    expect(['10-b', '02-z', '2-a', '01-c'].sort(byNumberedName)).toEqual([
      '01-c',
      '02-z',
      '2-a',
      '10-b',
    ]);
  });

  it('makes media names safe on every file system', () => {
    expect(mediaFileName('a/b\\c:d*?"<>|.png')).toBe('a_b_c_d______.png');
    expect(mediaFileName('.htaccess')).toBe('htaccess');
    expect(mediaFileName('CON.txt')).toBe('_CON.txt');
    expect(mediaFileName(' . ')).toBe('fichier');
    const long = mediaFileName(`${'é'.repeat(200)}.mp4`);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(120);
    expect(long.endsWith('.mp4')).toBe(true);
  });
});
