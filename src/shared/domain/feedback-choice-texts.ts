import type { FeedbackItem } from './feedback-item';

/**
 * The texts of an item's choices, trimmed, in order: what Moodle's feedback compares a
 * dependency's `dependvalue` with (`compare_value` of the multichoice and multichoicerated
 * items). Items without choices have none.
 */
export const feedbackChoiceTexts = (item: FeedbackItem): string[] => {
  if (item.type === 'multichoice') return item.options.map((option) => option.trim());
  if (item.type === 'multichoicerated') return item.options.map((option) => option.text.trim());
  return [];
};
