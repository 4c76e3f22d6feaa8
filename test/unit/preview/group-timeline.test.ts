import { describe, expect, it } from 'vitest';
import { groupTimeline } from '../../../src/renderer/preview/group-timeline';
import { modelForRole } from '../../../src/renderer/preview/model-for-role';
import type { PreviewSection } from '../../../src/shared/preview/preview-model';
import { samplePreviewModel } from '../../support/preview/sample-preview-model';

const section = (id: string, phase: PreviewSection['phase'], extra: Partial<PreviewSection> = {}) =>
  ({
    id,
    title: id,
    summaryHtml: '',
    modality: 'distance-async',
    phase,
    visibleTo: ['participant', 'formateur', 'tuteur', 'concepteur'],
    activities: [],
    ...extra,
  }) satisfies PreviewSection;

describe('groupTimeline', () => {
  it('groups consecutive sections of one week, in order, with their times', () => {
    const groups = groupTimeline(modelForRole(samplePreviewModel(), 'participant').sections);
    expect(groups.map((g) => [g.phase, g.entries.map((e) => e.sectionId), g.minutes])).toEqual([
      [{ kind: 'week', week: 1 }, ['s-accueil', 's-comprendre'], 75],
      [{ kind: 'week', week: 2 }, ['s-classe-virtuelle'], 60],
      [{ kind: 'week', week: 3 }, ['s-pratique'], 30],
      [{ kind: 'week', week: 4 }, ['s-bilan'], 10],
    ]);
  });

  it('splits the minutes by modality when an activity overrides its section’s', () => {
    const [group] = groupTimeline([
      section(
        's',
        { kind: 'offset', days: 2 },
        {
          modality: 'presentiel',
          activities: samplePreviewModel()
            .sections.flatMap((s) => s.activities)
            .filter((a) => a.id === 'a-devoir' || a.id === 'a-classe'),
        },
      ),
    ]);
    // The assignment follows its section (presentiel); the virtual class has no own modality
    // in the sample either, so both count as presentiel here.
    expect(group?.entries[0]?.minutesByModality).toEqual({
      'distance-async': 0,
      'distance-sync': 0,
      presentiel: 90,
    });
  });

  it('keeps apart two runs of the same phase separated by another one', () => {
    const groups = groupTimeline([
      section('a', { kind: 'none' }),
      section('b', { kind: 'offset', days: 3 }),
      section('c', { kind: 'offset', days: 3 }),
      section('d', { kind: 'none' }),
    ]);
    expect(groups.map((g) => g.entries.map((e) => e.sectionId))).toEqual([
      ['a'],
      ['b', 'c'],
      ['d'],
    ]);
  });

  it('an activity with its own modality is counted in it', () => {
    const model = samplePreviewModel();
    const pratique = model.sections.find((s) => s.id === 's-pratique');
    if (!pratique) throw new Error('sample changed');
    const url = pratique.activities.find((a) => a.id === 'a-ressource');
    if (!url) throw new Error('sample changed');
    url.estimatedMinutes = 5;
    const [group] = groupTimeline([pratique]);
    expect(group?.entries[0]?.minutesByModality).toEqual({
      'distance-async': 5,
      'distance-sync': 0,
      presentiel: 30,
    });
    expect(group?.minutes).toBe(35);
  });
});
