import type { FeedbackItem } from './feedback-item';

/**
 * Why Moodle's feedback cannot apply an item's condition (`dependency_has_error` of
 * mod_feedback_completion): the item it depends on is gone, is not before it, or no page break
 * separates them (the answer must be sent before the item is shown). Moodle then shows the item
 * whatever was answered. null: no condition, or a condition Moodle applies.
 */
export const feedbackDependencyProblem = (
  item: FeedbackItem,
  items: readonly FeedbackItem[],
): 'missing' | 'notBefore' | 'samePage' | null => {
  if (item.dependItemId === null) return null;
  const from = items.findIndex((i) => i.id === item.dependItemId);
  const to = items.findIndex((i) => i.id === item.id);
  if (from === -1) return 'missing';
  if (to !== -1 && from >= to) return 'notBefore';
  const between = items.slice(from + 1, to === -1 ? undefined : to);
  return between.some((i) => i.type === 'pagebreak') ? null : 'samePage';
};
