import type { Modality } from '../../shared/domain/modality';
import type { Section } from '../../shared/domain/section';
import type { PreviewSection } from '../../shared/preview/preview-model';

export interface TimelineEntry {
  sectionId: string;
  title: string;
  modality: Modality;
  /** Estimated minutes of the section's activities, all modalities. */
  minutes: number;
  /** The same minutes by modality (an activity may override its section's). */
  minutesByModality: Record<Modality, number>;
}

export interface TimelineGroup {
  phase: Section['phase'];
  entries: TimelineEntry[];
  minutes: number;
}

const phaseKey = (phase: Section['phase']): string =>
  phase.kind === 'week'
    ? `week-${String(phase.week)}`
    : phase.kind === 'offset'
      ? `offset-${String(phase.days)}`
      : 'none';

const entryOf = (section: PreviewSection): TimelineEntry => {
  const minutesByModality: Record<Modality, number> = {
    'distance-async': 0,
    'distance-sync': 0,
    presentiel: 0,
  };
  for (const activity of section.activities)
    minutesByModality[activity.modality ?? section.modality] += activity.estimatedMinutes ?? 0;
  return {
    sectionId: section.id,
    title: section.title,
    modality: section.modality,
    minutes: Object.values(minutesByModality).reduce((sum, m) => sum + m, 0),
    minutesByModality,
  };
};

/**
 * The hybrid timeline: the sections in their order, consecutive sections of the same phase
 * (week N, day N, or none) in one group, each with its modality and estimated time.
 */
export const groupTimeline = (sections: readonly PreviewSection[]): TimelineGroup[] => {
  const groups: TimelineGroup[] = [];
  for (const section of sections) {
    const entry = entryOf(section);
    const last = groups.at(-1);
    if (last && phaseKey(last.phase) === phaseKey(section.phase)) {
      last.entries.push(entry);
      last.minutes += entry.minutes;
    } else groups.push({ phase: section.phase, entries: [entry], minutes: entry.minutes });
  }
  return groups;
};
