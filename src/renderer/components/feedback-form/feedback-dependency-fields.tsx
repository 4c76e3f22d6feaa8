import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { feedbackChoiceTexts } from '../../../shared/domain/feedback-choice-texts';
import { feedbackDependencyProblem } from '../../../shared/domain/feedback-dependency-problem';
import type { FeedbackItem } from '../../../shared/domain/feedback-item';

/**
 * Moodle's "dependence": show the item only when an earlier item with choices was answered
 * with one of them. The condition is saved at once; what Moodle would not apply is said.
 */
export const FeedbackDependencyFields = ({
  item,
  items,
  onChange,
}: {
  item: FeedbackItem;
  items: readonly FeedbackItem[];
  onChange: (change: Partial<FeedbackItem>, now: boolean) => void;
}) => {
  const { t } = useTranslation();
  const itemId = useId();
  const valueId = useId();
  const problemId = useId();
  const index = items.findIndex((i) => i.id === item.id);
  const textsOf = (other: FeedbackItem) =>
    [...new Set(feedbackChoiceTexts(other))].filter((text) => text !== '');
  const candidates = items
    .slice(0, Math.max(0, index))
    .filter((i) => textsOf(i).length > 0 || i.id === item.dependItemId);
  const depended = items.find((i) => i.id === item.dependItemId);
  if (candidates.length === 0 && depended === undefined) return null;
  const nameOf = (other: FeedbackItem) =>
    t('quizDesign.feedback.itemChoice', {
      n: items.indexOf(other) + 1,
      name: other.name === '' ? t('questions.feedback.untitled') : other.name,
    });
  const texts = depended ? textsOf(depended) : [];
  const lost = depended !== undefined && !texts.includes(item.dependValue);
  const values = lost ? [item.dependValue, ...texts] : texts;
  const problem =
    feedbackDependencyProblem(item, items) ??
    (lost ? (item.dependValue === '' ? 'noValue' : 'notAnOption') : null);
  return (
    <fieldset className="feedback-items__dependency">
      <legend>{t('quizDesign.feedback.dependency')}</legend>
      <div className="question-editor__row">
        <div className="field">
          <label htmlFor={itemId}>{t('quizDesign.feedback.dependItem')}</label>
          <select
            id={itemId}
            value={item.dependItemId ?? ''}
            aria-describedby={problem === null ? undefined : problemId}
            onChange={(event) => {
              const chosen = items.find((i) => i.id === event.target.value);
              onChange(
                chosen
                  ? { dependItemId: chosen.id, dependValue: textsOf(chosen)[0] ?? '' }
                  : { dependItemId: null, dependValue: '' },
                true,
              );
            }}
          >
            <option value="">{t('quizDesign.feedback.always')}</option>
            {candidates.map((other) => (
              <option key={other.id} value={other.id}>
                {nameOf(other)}
              </option>
            ))}
            {depended === undefined && item.dependItemId !== null && (
              <option value={item.dependItemId}>{t('quizDesign.feedback.missingItem')}</option>
            )}
          </select>
        </div>
        {item.dependItemId !== null && (
          <div className="field">
            <label htmlFor={valueId}>{t('quizDesign.feedback.dependValue')}</label>
            <select
              id={valueId}
              value={item.dependValue}
              onChange={(event) => {
                onChange({ dependValue: event.target.value }, true);
              }}
            >
              {values.map((value) => (
                <option key={value} value={value}>
                  {value === '' ? t('questions.player.choose') : value}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {problem !== null && (
        <p id={problemId} className="error-text">
          {t(`quizDesign.feedback.problem.${problem}`, { value: item.dependValue })}
        </p>
      )}
    </fieldset>
  );
};
