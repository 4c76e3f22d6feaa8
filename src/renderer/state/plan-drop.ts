import type { Outline } from '../../shared/domain/outline';

export type DropPlan =
  | { kind: 'activities'; ids: string[]; sectionId: string; toIndex: number }
  | { kind: 'section'; id: string; toIndex: number };

const parse = (key: string): { kind: string; id: string } => ({
  kind: key.slice(0, 1),
  id: key.slice(2),
});

/**
 * What dropping the row `activeKey` on the row `overKey` does: an activity lands before
 * the activity it is dropped on, first in a section dropped on its head, last dropped on
 * its foot; a section takes the place of the section it is dropped on.
 */
export const planDrop = (
  outline: Outline,
  activeKey: string,
  overKey: string,
  dragged: readonly string[],
): DropPlan | null => {
  const active = parse(activeKey);
  const over = parse(overKey);
  if (activeKey === overKey) return null;
  const sectionOf = (activityId: string) =>
    outline.sections.find((s) => s.activities.some((a) => a.id === activityId));
  if (active.kind === 's') {
    const target = over.kind === 'a' ? sectionOf(over.id)?.id : over.id;
    const from = outline.sections.findIndex((s) => s.id === active.id);
    const to = outline.sections.findIndex((s) => s.id === target);
    if (from < 0 || to < 0 || from === to) return null;
    return { kind: 'section', id: active.id, toIndex: to };
  }
  const ids = dragged.includes(active.id) ? [...dragged] : [active.id];
  const moving = new Set(ids);
  if (over.kind === 'a') {
    if (moving.has(over.id)) return null;
    const section = sectionOf(over.id);
    if (!section) return null;
    const rest = section.activities.filter((a) => !moving.has(a.id));
    const originalIndex = section.activities.findIndex((a) => a.id === over.id);
    const activeIndex = section.activities.findIndex((a) => a.id === active.id);
    // Dragged downwards within its section, an activity lands after the one it is dropped on.
    const after = activeIndex >= 0 && activeIndex < originalIndex ? 1 : 0;
    return {
      kind: 'activities',
      ids,
      sectionId: section.id,
      toIndex: rest.findIndex((a) => a.id === over.id) + after,
    };
  }
  const section = outline.sections.find((s) => s.id === over.id);
  if (!section) return null;
  const rest = section.activities.filter((a) => !moving.has(a.id));
  return {
    kind: 'activities',
    ids,
    sectionId: section.id,
    toIndex: over.kind === 's' ? 0 : rest.length,
  };
};
