import { describe, expect, it } from 'vitest';
import { countProgress } from '../../../src/renderer/preview/count-progress';
import { modelForRole } from '../../../src/renderer/preview/model-for-role';
import { samplePreviewModel } from '../../support/preview/sample-preview-model';

describe('countProgress', () => {
  const participant = modelForRole(samplePreviewModel(), 'participant').sections;

  it('counts only activities with completion tracking the role sees', () => {
    // Tracked for a participant: page (viewed), forum, book, virtual class (manual), quiz
    // (passing grade), assignment and questionnaire (submitted); labels, links and the
    // glossary have none.
    expect(countProgress(participant, new Set())).toEqual({ completed: 0, trackable: 7 });
  });

  it('counts the completed ones among them, ignoring ids of untracked or unseen items', () => {
    const done = new Set(['a-deroule', 'a-forum', 'a-glossaire', 'a-guide', 'ghost']);
    expect(countProgress(participant, done)).toEqual({ completed: 2, trackable: 7 });
  });

  it('a role with nothing tracked has nothing to count', () => {
    expect(countProgress([], new Set(['a-forum']))).toEqual({ completed: 0, trackable: 0 });
  });
});
