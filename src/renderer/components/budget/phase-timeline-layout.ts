import type { Modality } from '../../../shared/domain/modality';
import type { Outline } from '../../../shared/domain/outline';
import type { TimeBudget } from '../../../shared/domain/time-budget';

export interface TimelineBlock {
  sectionId: string;
  title: string;
  modality: Modality;
  /** 1-based week, or null when the section has no phase yet. */
  week: number | null;
  phase: Outline['sections'][number]['phase'];
  minutes: number;
  /** Column (0-based; the last one holds sections without a phase) and stack level. */
  column: number;
  level: number;
}

export interface TimelineLayout {
  blocks: TimelineBlock[];
  weeks: number;
  hasUnplaced: boolean;
  /** Highest stack in each modality lane. */
  laneDepth: Record<Modality, number>;
}

const weekOf = (phase: TimelineBlock['phase']): number | null => {
  if (phase.kind === 'week') return phase.week;
  if (phase.kind === 'offset') return Math.floor(phase.days / 7) + 1;
  return null;
};

/**
 * Places each section in its modality's lane at its week (an offset in days counts in its
 * week); sections without a phase go to a last column. Blocks sharing a cell stack.
 */
export const phaseTimelineLayout = (outline: Outline, budget: TimeBudget): TimelineLayout => {
  const minutesById = new Map(budget.sections.map((section) => [section.sectionId, section]));
  const placed = outline.sections.map((section) => ({
    section,
    week: weekOf(section.phase),
  }));
  const weeks = Math.max(1, ...placed.map(({ week }) => week ?? 1));
  const hasUnplaced = placed.some(({ week }) => week === null);
  const used = new Map<string, number>();
  const laneDepth: Record<Modality, number> = {
    'distance-async': 1,
    'distance-sync': 1,
    presentiel: 1,
  };
  const blocks = placed.map(({ section, week }): TimelineBlock => {
    const column = week === null ? weeks : week - 1;
    const cell = `${section.modality}:${column}`;
    const level = used.get(cell) ?? 0;
    used.set(cell, level + 1);
    laneDepth[section.modality] = Math.max(laneDepth[section.modality], level + 1);
    return {
      sectionId: section.id,
      title: section.title,
      modality: section.modality,
      week,
      phase: section.phase,
      minutes: minutesById.get(section.id)?.totalMinutes ?? 0,
      column,
      level,
    };
  });
  return { blocks, weeks, hasUnplaced, laneDepth };
};
