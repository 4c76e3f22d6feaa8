import type { PreviewSection } from '../../shared/preview/preview-model';

export interface Progress {
  /** Activities with completion tracking that are done. */
  completed: number;
  /** Activities with completion tracking (Moodle's progress counts only those). */
  trackable: number;
}

/** The progress over `sections` (already filtered for the role) given the completed ids. */
export const countProgress = (
  sections: readonly PreviewSection[],
  completed: ReadonlySet<string>,
): Progress => {
  const tracked = sections.flatMap((section) =>
    section.activities.filter((activity) => activity.completion !== 'none'),
  );
  return {
    completed: tracked.filter((activity) => completed.has(activity.id)).length,
    trackable: tracked.length,
  };
};
