import { describe, expect, it } from 'vitest';
import { modelForRole } from '../../../src/renderer/preview/model-for-role';
import { samplePreviewModel } from '../../support/preview/sample-preview-model';

const titles = (role: Parameters<typeof modelForRole>[1]) =>
  modelForRole(samplePreviewModel(), role).sections.map((s) => ({
    section: s.title,
    activities: s.activities.map((a) => a.id),
  }));

describe('modelForRole', () => {
  it('a participant meets neither the trainers’ note nor the trainers’ section', () => {
    const view = titles('participant');
    expect(view.map((s) => s.section)).not.toContain('Espace formateurs');
    expect(view.flatMap((s) => s.activities)).not.toContain('a-note');
    expect(view.flatMap((s) => s.activities)).toContain('a-deroule');
  });

  it('a formateur sees the note and the section made for formateurs', () => {
    const view = titles('formateur');
    expect(view.map((s) => s.section)).toContain('Espace formateurs');
    expect(view.flatMap((s) => s.activities)).toEqual(
      expect.arrayContaining(['a-note', 'a-guide']),
    );
  });

  it('a tuteur sees the note but not the formateurs’ section', () => {
    const view = titles('tuteur');
    expect(view.flatMap((s) => s.activities)).toContain('a-note');
    expect(view.map((s) => s.section)).not.toContain('Espace formateurs');
  });

  it('the concepteur sees everything, in order', () => {
    const model = samplePreviewModel();
    expect(modelForRole(model, 'concepteur').sections).toEqual(model.sections);
  });

  it('an activity visible to the role inside a section it may not see stays out', () => {
    const model = samplePreviewModel();
    const guide = model.sections
      .find((s) => s.id === 's-formateurs')
      ?.activities.find((a) => a.id === 'a-guide');
    if (!guide) throw new Error('sample changed');
    guide.visibleTo = ['participant', 'tuteur'];
    expect(modelForRole(model, 'tuteur').sections.map((s) => s.id)).not.toContain('s-formateurs');
  });

  it('leaves the model it was given untouched', () => {
    const model = samplePreviewModel();
    const before = JSON.stringify(model);
    modelForRole(model, 'participant');
    expect(JSON.stringify(model)).toBe(before);
  });
});
