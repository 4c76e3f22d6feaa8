import type { Outline } from '../../shared/domain/outline';

export interface PlannedMove {
  sectionId: string;
  toIndex: number;
}

/**
 * Where Alt+↑/↓ (inside the section) or Alt+Shift+↑/↓ (into the previous or next section)
 * takes the activities `ids`, which sit together around `id`; null when there is nowhere
 * to go. `toIndex` follows the core's rule: counted once the moved ones are taken out.
 */
export const planKeyboardMove = (
  outline: Outline,
  id: string,
  ids: readonly string[],
  direction: -1 | 1,
  crossSection: boolean,
): PlannedMove | null => {
  const sectionIndex = outline.sections.findIndex((s) => s.activities.some((a) => a.id === id));
  const section = outline.sections[sectionIndex];
  if (!section) return null;
  if (crossSection) {
    const target = outline.sections[sectionIndex + direction];
    if (!target) return null;
    const moving = new Set(ids);
    const rest = target.activities.filter((a) => !moving.has(a.id));
    return { sectionId: target.id, toIndex: direction === -1 ? rest.length : 0 };
  }
  const moving = new Set(ids);
  const positions = section.activities
    .map((activity, index) => (moving.has(activity.id) ? index : -1))
    .filter((index) => index >= 0);
  const first = positions[0] ?? 0;
  const restLength = section.activities.length - positions.length;
  const toIndex = first + direction;
  if (toIndex < 0 || toIndex > restLength) return null;
  return { sectionId: section.id, toIndex };
};
