import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';
import type { ActivitySave } from '../../hooks/use-activity-save';
import {
  FEEDBACK_ITEM_TYPES,
  type FeedbackItemType,
  useFeedbackItems,
} from '../../hooks/use-feedback-items';
import { ListItemTools } from '../activity-settings/list-item-tools';
import { FeedbackItemFields } from './feedback-item-fields';
import '../../styles/feedback-form.css';
import '../../styles/question-editor.css';

type Feedback = Extract<Activity, { type: 'feedback' }>;

/**
 * The items of a questionnaire: add one of each Moodle type, edit it, move it (buttons, or
 * Alt+↑/↓ on its frame), remove it. Saved with `activity.update { items }`.
 */
export const FeedbackItemsEditor = ({
  activity,
  save,
}: {
  activity: Feedback;
  save: ActivitySave;
}) => {
  const { t } = useTranslation();
  const items = useFeedbackItems(activity, save);
  const typeId = useId();
  const [type, setType] = useState<FeedbackItemType>('multichoice');
  const list = useRef<HTMLOListElement>(null);
  /** After a move, focus stays on the control that had it, or goes to the item's frame. */
  const focusItem = (id: string) => {
    const active = document.activeElement;
    requestAnimationFrame(() => {
      if (
        active instanceof HTMLElement &&
        active.isConnected &&
        !active.matches(':disabled') &&
        list.current?.contains(active)
      ) {
        active.focus();
        return;
      }
      list.current?.querySelector<HTMLElement>(`[data-item="${id}"]`)?.focus();
    });
  };
  return (
    <fieldset className="question-editor__group">
      <legend>{t('questions.feedback.items')}</legend>
      {items.items.length === 0 && <p className="muted">{t('questions.feedback.noItem')}</p>}
      <ol className="feedback-items" ref={list}>
        {items.items.map((item, i) => {
          const name = t('questions.feedback.itemN', {
            n: i + 1,
            type: t(`questions.feedback.types.${item.type}`),
          });
          const move = (to: number) => {
            items.move(item, to);
            focusItem(item.id);
          };
          return (
            <li key={item.id}>
              <fieldset
                className="feedback-items__item"
                data-item={item.id}
                tabIndex={-1}
                aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                onKeyDown={(event) => {
                  if (!event.altKey) return;
                  if (event.key === 'ArrowUp' && i > 0) {
                    event.preventDefault();
                    move(i - 1);
                  } else if (event.key === 'ArrowDown' && i < items.items.length - 1) {
                    event.preventDefault();
                    move(i + 1);
                  }
                }}
              >
                <legend>
                  {name}
                  {'required' in item && item.required && (
                    <span className="feedback-items__required">
                      {' '}
                      {t('questions.feedback.requiredMark')}
                    </span>
                  )}
                </legend>
                <FeedbackItemFields
                  item={item}
                  items={items.items}
                  onChange={(change, now) => {
                    items.edit(item, change, now);
                  }}
                  onSettle={items.settle}
                />
                <ListItemTools
                  name={name}
                  index={i}
                  count={items.items.length}
                  onMove={move}
                  onRemove={() => {
                    items.remove(item);
                  }}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p className="field__help">{t('questions.feedback.keyboardHelp')}</p>
      <div className="question-editor__row feedback-items__add">
        <div className="field">
          <label htmlFor={typeId}>{t('questions.feedback.newType')}</label>
          <select
            id={typeId}
            value={type}
            onChange={(event) => {
              const found = FEEDBACK_ITEM_TYPES.find((v) => v === event.target.value);
              if (found) setType(found);
            }}
          >
            {FEEDBACK_ITEM_TYPES.map((v) => (
              <option key={v} value={v}>
                {t(`questions.feedback.types.${v}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          disabled={items.items.length >= 1000}
          onClick={() => {
            const item = items.add(type, '');
            requestAnimationFrame(() => {
              (
                document.getElementById(`${item.id}-text`) ??
                list.current?.querySelector<HTMLElement>(`[data-item="${item.id}"]`)
              )?.focus();
            });
          }}
        >
          {t('questions.feedback.addItem')}
        </button>
      </div>
      {save.errorOf('items') !== null && <p className="error-text">{save.errorOf('items')}</p>}
    </fieldset>
  );
};
