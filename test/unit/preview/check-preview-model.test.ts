import { describe, expect, it } from 'vitest';
import { checkPreviewModel } from '../../../src/renderer/preview/check-preview-model';
import { samplePreviewModel } from '../../support/preview/sample-preview-model';

describe('checkPreviewModel', () => {
  it('accepts a model of the format the site reads', () => {
    const model = samplePreviewModel();
    expect(checkPreviewModel(JSON.parse(JSON.stringify(model)))).toEqual({ kind: 'model', model });
  });

  it('says which format a model of another version has', () => {
    expect(checkPreviewModel({ ...samplePreviewModel(), format: 'atelier-preview/2' })).toEqual({
      kind: 'error',
      reason: 'format',
      found: 'atelier-preview/2',
    });
    expect(checkPreviewModel({ sections: [] })).toEqual({
      kind: 'error',
      reason: 'format',
      found: null,
    });
  });

  it('refuses what is not a model at all', () => {
    for (const value of [null, 'texte', [], { ...samplePreviewModel(), sections: 'non' }])
      expect(checkPreviewModel(value)).toEqual({ kind: 'error', reason: 'unreadable' });
  });
});
