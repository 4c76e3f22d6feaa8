import { useTranslation } from 'react-i18next';
import type { FeedbackItem } from '../../../shared/domain/feedback-item';
import { QuestionHtml } from '../try-it/question-html';
import type { FeedbackAnswer } from './feedback-answers';

interface InputProps {
  item: FeedbackItem;
  answer: FeedbackAnswer | undefined;
  onChange: (answer: FeedbackAnswer) => void;
  error: string | null;
  /** The id the error summary links to (the item's first control). */
  controlId: string;
}

/** The question of an item, its "required" mark and its error. */
const Question = ({ item }: { item: FeedbackItem }) => {
  const { t } = useTranslation();
  return (
    <>
      {item.name === '' ? t('questions.feedback.untitled') : item.name}
      {item.required && (
        <span className="feedback-items__required"> {t('questions.feedback.requiredMark')}</span>
      )}
    </>
  );
};

const ErrorText = ({ id, error }: { id: string; error: string | null }) =>
  error === null ? null : (
    <p id={id} className="error-text">
      {error}
    </p>
  );

/** One item as a participant fills it in Moodle's feedback activity. */
export const FeedbackItemInput = ({ item, answer, onChange, error, controlId }: InputProps) => {
  const { t, i18n } = useTranslation();
  const errorId = `${controlId}-error`;
  const invalid = error !== null;
  const described = invalid ? errorId : undefined;
  const text = typeof answer === 'string' ? answer : '';
  if (item.type === 'pagebreak') return null;
  if (item.type === 'label')
    return <QuestionHtml text={item.html} className="feedback-fill__label" />;
  if (item.type === 'info') {
    const value =
      item.info === 'responsetime'
        ? new Date().toLocaleString(i18n.language)
        : t(`questions.feedback.infoValue.${item.info}`);
    return (
      <p className="feedback-fill__item">
        <strong>{item.name === '' ? t(`questions.feedback.info.${item.info}`) : item.name}</strong>{' '}
        : {value}
      </p>
    );
  }
  const choices = item.type === 'multichoice' || item.type === 'multichoicerated';
  const labels = choices ? item.options.map((o) => (typeof o === 'string' ? o : o.text)) : [];
  if (choices && item.display !== 'dropdown') {
    const multi = item.type === 'multichoice' && item.display === 'checkbox';
    const chosen = Array.isArray(answer) ? answer : [];
    return (
      <fieldset
        className="feedback-fill__item"
        role={multi ? undefined : 'radiogroup'}
        aria-invalid={invalid}
        aria-describedby={described}
        aria-required={multi ? undefined : item.required}
      >
        <legend>
          <Question item={item} />
        </legend>
        <ErrorText id={errorId} error={error} />
        <div className={item.horizontal ? 'feedback-fill__choices--row' : 'feedback-fill__choices'}>
          {labels.map((label, i) => (
            <label key={i} className="choice">
              <input
                id={i === 0 ? controlId : undefined}
                type={multi ? 'checkbox' : 'radio'}
                name={controlId}
                checked={multi ? chosen.includes(i) : text === String(i)}
                onChange={(event) => {
                  if (!multi) onChange(String(i));
                  else
                    onChange(
                      event.target.checked
                        ? [...chosen, i].sort((a, b) => a - b)
                        : chosen.filter((c) => c !== i),
                    );
                }}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  return (
    <div className="field feedback-fill__item">
      <label htmlFor={controlId}>
        <Question item={item} />
      </label>
      {item.type === 'numeric' && (item.min !== null || item.max !== null) && (
        <p className="field__help" id={`${controlId}-help`}>
          {t('questions.feedback.rangeHelp', {
            min: item.min ?? '−∞',
            max: item.max ?? '+∞',
          })}
        </p>
      )}
      <ErrorText id={errorId} error={error} />
      {choices ? (
        <select
          id={controlId}
          value={text}
          aria-invalid={invalid}
          aria-describedby={described}
          aria-required={item.required}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        >
          <option value="">{t('questions.player.choose')}</option>
          {labels.map((label, i) => (
            <option key={i} value={String(i)}>
              {label}
            </option>
          ))}
        </select>
      ) : item.type === 'textarea' ? (
        <textarea
          id={controlId}
          rows={item.height}
          value={text}
          aria-invalid={invalid}
          aria-describedby={described}
          aria-required={item.required}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      ) : (
        <input
          id={controlId}
          autoComplete="off"
          inputMode={item.type === 'numeric' ? 'decimal' : undefined}
          maxLength={item.type === 'textfield' ? item.maxLength : undefined}
          className={item.type === 'numeric' ? 'input--short' : undefined}
          value={text}
          aria-invalid={invalid}
          aria-describedby={
            [
              item.type === 'numeric' && (item.min !== null || item.max !== null)
                ? `${controlId}-help`
                : null,
              described,
            ]
              .filter(Boolean)
              .join(' ') || undefined
          }
          aria-required={item.required}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
    </div>
  );
};
