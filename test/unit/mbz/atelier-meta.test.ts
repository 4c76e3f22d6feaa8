import { describe, expect, it } from 'vitest';
import {
  extractMeta,
  formatMinutes,
  metaHtml,
  type ItemMeta,
} from '../../../src/main/formats/mbz/atelier-meta';

describe('atelier-meta', () => {
  it('writes a short visible line and reads back exactly what it carries', () => {
    const meta: ItemMeta = {
      type: 'virtualClass',
      variant: 'note-formateurs',
      minutes: 90,
      modality: 'distance-sync',
      phase: { kind: 'week', week: 2 },
      roles: ['formateur', 'tuteur'],
    };
    const html = metaHtml(meta);
    expect(html).toBe(
      '<p class="atelier-meta" data-atelier-meta="v1;type=virtualClass;variant=note-formateurs;phase=week:2;min=90;mod=distance-sync;roles=formateur,tuteur"><small>Classe virtuelle · Note aux formateurs · Semaine 2 · Durée estimée : 1 h 30 · À distance, en direct · Visible par : formateurs, tuteurs</small></p>',
    );
    expect(extractMeta(`${html}<p>Suite</p>`)).toEqual({ meta, html: '<p>Suite</p>' });
  });

  it('says nothing when there is nothing to say, and leaves a text without a line alone', () => {
    expect(metaHtml({})).toBe('');
    expect(metaHtml({ variant: 'none' })).toBe('');
    expect(extractMeta('<p>Durée estimée : 20 min</p>')).toEqual({
      meta: null,
      html: '<p>Durée estimée : 20 min</p>',
    });
  });

  it('finds the line after an editor moved its attributes, and reads offsets and "nobody"', () => {
    const html =
      '<p>Avant</p><p data-atelier-meta="v1;phase=offset:10;roles=" class="atelier-meta"><small>x</small></p>';
    expect(extractMeta(html)).toEqual({
      meta: { phase: { kind: 'offset', days: 10 }, roles: [] },
      html: '<p>Avant</p>',
    });
  });

  it('ignores values it does not know and lines of another version', () => {
    expect(
      extractMeta('<p data-atelier-meta="v1;type=nope;min=abc;mod=distance-async;future=1"></p>')
        .meta,
    ).toEqual({
      modality: 'distance-async',
    });
    expect(extractMeta('<p data-atelier-meta="v2;min=3"></p>').meta).toBeNull();
  });

  it('formats minutes as people read them', () => {
    expect([5, 60, 90, 125].map(formatMinutes)).toEqual(['5 min', '1 h', '1 h 30', '2 h 05']);
  });
});
