import { feedbackChoiceTexts } from './feedback-choice-texts';
import type { FeedbackItem } from './feedback-item';
import { feedbackDependencyProblem } from './feedback-dependency-problem';

/**
 * Whether a participant sees `item`, as Moodle's feedback decides (`can_see_item`): an item
 * with a condition is shown when one of the choices given to the item it depends on has the
 * text `dependValue` (trimmed texts compared exactly) and that item is itself shown. A condition
 * Moodle cannot apply (see `feedbackDependencyProblem`) shows the item; so does one whose item
 * has no answer recorded yet (`chosen` gives null), unless that item is itself hidden.
 *
 * `chosen` gives the indexes of the choices given to an item (empty when it was left empty).
 */
export const isFeedbackItemShown = (
  item: FeedbackItem,
  items: readonly FeedbackItem[],
  chosen: (item: FeedbackItem) => readonly number[] | null,
): boolean => {
  if (feedbackDependencyProblem(item, items) !== null) return true;
  // No problem means the item depended on exists and comes before: the recursion ends.
  const depended = items.find((i) => i.id === item.dependItemId);
  if (item.dependItemId === null || !depended) return true;
  const given = chosen(depended);
  if (given === null) return isFeedbackItemShown(depended, items, chosen);
  const texts = feedbackChoiceTexts(depended);
  const met = given.some((index) => texts[index] === item.dependValue);
  return met && isFeedbackItemShown(depended, items, chosen);
};
