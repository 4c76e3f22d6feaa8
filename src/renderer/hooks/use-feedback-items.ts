import { useMemo } from 'react';
import type { Activity } from '../../shared/domain/activity';
import { type FeedbackItem, feedbackItemSchema } from '../../shared/domain/feedback-item';
import type { ActivitySave } from './use-activity-save';
import { useListDraft } from './use-list-draft';

type Feedback = Extract<Activity, { type: 'feedback' }>;
export type FeedbackItemType = FeedbackItem['type'];

export const FEEDBACK_ITEM_TYPES = [
  'multichoice',
  'multichoicerated',
  'numeric',
  'textfield',
  'textarea',
  'label',
  'info',
  'pagebreak',
] as const satisfies readonly FeedbackItemType[];

/** Items that take an answer (and so may be required). */
export const answerable = (item: FeedbackItem): boolean =>
  item.type !== 'label' && item.type !== 'pagebreak' && item.type !== 'info';

/**
 * The items of a questionnaire while they are edited: typing saves ~400 ms later, adding,
 * moving and removing at once, all through `activity.update { items }`.
 */
export const useFeedbackItems = (activity: Feedback, save: ActivitySave) => {
  const stored = useMemo(() => activity.items, [activity.items]);
  const list = useListDraft<FeedbackItem>(stored, (items, later) => {
    if (later) save.saveLater('items', { items });
    else save.saveNow('items', { items });
  });
  return {
    items: list.items,
    add: (type: FeedbackItemType, name: string): FeedbackItem => {
      const seed =
        type === 'multichoice'
          ? { options: ['', ''] }
          : type === 'multichoicerated'
            ? {
                options: [
                  { value: 0, text: '' },
                  { value: 1, text: '' },
                ],
              }
            : {};
      const item = feedbackItemSchema.parse({ id: crypto.randomUUID(), type, name, ...seed });
      list.add(item);
      return item;
    },
    /** A typed change (saved later); `replace` for a choice (saved now). */
    edit: (item: FeedbackItem, change: Partial<FeedbackItem>, now = false) => {
      list.edit(item.id, change);
      if (now) {
        list.settle();
        save.flush('items');
      }
    },
    settle: () => {
      list.settle();
      save.flush('items');
    },
    move: (item: FeedbackItem, to: number) => {
      list.move(item.id, to);
    },
    /** Items shown only after an answer to it lose their condition (as Moodle does). */
    remove: (item: FeedbackItem) => {
      list.replace(
        list.items
          .filter((i) => i.id !== item.id)
          .map((i) =>
            i.dependItemId === item.id ? { ...i, dependItemId: null, dependValue: '' } : i,
          ),
      );
    },
  };
};
