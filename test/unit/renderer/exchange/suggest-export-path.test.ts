import { describe, expect, it } from 'vitest';
import { suggestExportPath } from '../../../../src/renderer/components/exchange/suggest-export-path';

describe('suggestExportPath (where an export goes by default)', () => {
  it('puts a backup next to the project, named after the short name', () => {
    expect(suggestExportPath('/home/a/projets/cours.atelier', 'lecture-c2', 'mbz')).toBe(
      '/home/a/projets/lecture-c2.mbz',
    );
    expect(suggestExportPath('/home/a/projets/cours.atelier', 'lecture-c2', 'folder')).toBe(
      '/home/a/projets/lecture-c2',
    );
  });

  it('keeps Windows separators and makes the short name safe for a file name', () => {
    expect(suggestExportPath('C:\\Users\\a\\cours.atelier', 'Lire au CP / CE1', 'mbz')).toBe(
      'C:\\Users\\a\\lire-au-cp-ce1.mbz',
    );
  });

  it('falls back to a name when the short name has no letter or digit', () => {
    expect(suggestExportPath('/p/c.atelier', '—', 'folder')).toBe('/p/parcours');
  });
});
