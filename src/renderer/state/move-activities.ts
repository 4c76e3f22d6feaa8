import type { Outline } from '../../shared/domain/outline';

/**
 * The outline after moving activities `ids` (in that order) to `toIndex` of `sectionId`,
 * `toIndex` counted among the section's activities once the moved ones are taken out —
 * the rule `activity.move` and `activity.moveMany` follow in the core.
 */
export const moveActivities = (
  outline: Outline,
  ids: readonly string[],
  sectionId: string,
  toIndex: number,
): Outline => {
  const moving = new Set(ids);
  const byId = new Map(
    outline.sections.flatMap((section) => section.activities).map((a) => [a.id, a]),
  );
  const moved = ids.flatMap((id) => byId.get(id) ?? []);
  return {
    ...outline,
    sections: outline.sections.map((section) => {
      const rest = section.activities.filter((activity) => !moving.has(activity.id));
      if (section.id !== sectionId) return { ...section, activities: rest };
      const at = Math.max(0, Math.min(toIndex, rest.length));
      return { ...section, activities: [...rest.slice(0, at), ...moved, ...rest.slice(at)] };
    }),
  };
};
