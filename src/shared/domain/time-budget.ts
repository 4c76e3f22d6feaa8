import type { Modality } from './modality';
import type { Outline } from './outline';

/** Minutes per modality. */
export type MinutesByModality = Record<Modality, number>;

export interface SectionBudget {
  sectionId: string;
  title: string;
  modality: Modality;
  minutes: MinutesByModality;
  totalMinutes: number;
  /** Activities whose estimated time is not filled in yet. */
  unestimated: number;
}

/** The hybrid time budget of a parcours, as the gauge, the timeline and `atelier info` show it. */
export interface TimeBudget {
  declaredMinutes: number;
  totalMinutes: number;
  minutes: MinutesByModality;
  /** Distance = asynchronous + synchronous, as the indexation's "temps à distance" counts it. */
  distanceMinutes: number;
  presenceMinutes: number;
  /** Indexation values, null until filled. */
  indexedDistanceMinutes: number | null;
  indexedPresenceMinutes: number | null;
  /** total − declared: negative when under budget. */
  deltaMinutes: number;
  /** Within ±10 % of the declared duration. */
  withinTolerance: boolean;
  unestimated: number;
  sections: SectionBudget[];
}

/** Share of the declared duration the estimated total may differ by and still count as on budget. */
export const TIME_BUDGET_TOLERANCE = 0.1;

const zero = (): MinutesByModality => ({ 'distance-async': 0, 'distance-sync': 0, presentiel: 0 });

/**
 * Adds the estimated minutes of every activity to its modality (the activity's own, else its
 * section's). Pure: the studio recomputes it on every outline change.
 */
export const computeTimeBudget = (outline: Outline): TimeBudget => {
  const minutes = zero();
  let unestimated = 0;
  const sections = outline.sections.map((section): SectionBudget => {
    const own = zero();
    let missing = 0;
    for (const activity of section.activities) {
      if (activity.estimatedMinutes === null) {
        missing += 1;
        continue;
      }
      own[activity.modality ?? section.modality] += activity.estimatedMinutes;
    }
    for (const key of Object.keys(own) as Modality[]) minutes[key] += own[key];
    unestimated += missing;
    return {
      sectionId: section.id,
      title: section.title,
      modality: section.modality,
      minutes: own,
      totalMinutes: own['distance-async'] + own['distance-sync'] + own.presentiel,
      unestimated: missing,
    };
  });
  const totalMinutes = minutes['distance-async'] + minutes['distance-sync'] + minutes.presentiel;
  const declaredMinutes = Math.round(outline.parcours.declaredHours * 60);
  const deltaMinutes = totalMinutes - declaredMinutes;
  return {
    declaredMinutes,
    totalMinutes,
    minutes,
    distanceMinutes: minutes['distance-async'] + minutes['distance-sync'],
    presenceMinutes: minutes.presentiel,
    indexedDistanceMinutes: outline.parcours.indexation.tempsDistanceMinutes,
    indexedPresenceMinutes: outline.parcours.indexation.tempsPresenceMinutes,
    deltaMinutes,
    withinTolerance: Math.abs(deltaMinutes) <= declaredMinutes * TIME_BUDGET_TOLERANCE,
    unestimated,
    sections,
  };
};
