import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackItem } from '../../../shared/domain/feedback-item';
import { answerable } from '../../hooks/use-feedback-items';
import { CheckField } from '../question-editor/check-field';
import { NumberField } from '../question-editor/number-field';
import { SelectField } from '../question-editor/select-field';
import { FeedbackDependencyFields } from './feedback-dependency-fields';
import { OptionLinesField } from './option-lines-field';
import { parseRatedLines, ratedLine } from './rated-options';

interface FieldsProps {
  item: FeedbackItem;
  /** Every item of the questionnaire, in order (for the condition's choices). */
  items: readonly FeedbackItem[];
  /** `now`: a choice, saved at once; otherwise typing, saved a moment later. */
  onChange: (change: Partial<FeedbackItem>, now?: boolean) => void;
  onSettle: () => void;
}

/** What each type of item has of its own (options, range, sizes…). */
const TypeFields = ({ item, onChange, onSettle }: FieldsProps) => {
  const { t } = useTranslation();
  const [ratedError, setRatedError] = useState<string | null>(null);
  const k = (key: string) => t(`questions.feedback.item.${key}`);
  switch (item.type) {
    case 'info':
      return (
        <SelectField
          label={k('info')}
          value={item.info}
          options={(['responsetime', 'course', 'category'] as const).map((v) => ({
            value: v,
            label: t(`questions.feedback.info.${v}`),
          }))}
          onChange={(info) => {
            onChange({ info }, true);
          }}
        />
      );
    case 'multichoice':
      return (
        <>
          <SelectField
            label={k('display')}
            value={item.display}
            options={(['radio', 'checkbox', 'dropdown'] as const).map((v) => ({
              value: v,
              label: t(`questions.feedback.display.${v}`),
            }))}
            onChange={(display) => {
              onChange({ display }, true);
            }}
          />
          <OptionLinesField
            label={k('options')}
            help={t('questions.feedback.optionsHelp')}
            lines={item.options}
            onChange={(options) => {
              onChange({ options });
            }}
            onBlur={onSettle}
          />
        </>
      );
    case 'multichoicerated':
      return (
        <>
          <SelectField
            label={k('display')}
            value={item.display}
            options={(['radio', 'dropdown'] as const).map((v) => ({
              value: v,
              label: t(`questions.feedback.display.${v}`),
            }))}
            onChange={(display) => {
              onChange({ display }, true);
            }}
          />
          <OptionLinesField
            label={k('ratedOptions')}
            help={t('questions.feedback.ratedHelp')}
            lines={item.options.map(ratedLine)}
            error={ratedError}
            onChange={(lines) => {
              const options = parseRatedLines(lines);
              setRatedError(options === null ? t('questions.feedback.ratedError') : null);
              if (options !== null) onChange({ options });
            }}
            onBlur={onSettle}
          />
        </>
      );
    case 'numeric':
      return (
        <div className="question-editor__row">
          <NumberField
            label={k('min')}
            nullable
            value={item.min}
            onChange={(min) => {
              onChange({ min });
            }}
          />
          <NumberField
            label={k('max')}
            nullable
            value={item.max}
            onChange={(max) => {
              onChange({ max });
            }}
          />
        </div>
      );
    case 'textfield':
      return (
        <NumberField
          label={k('maxLength')}
          integer
          min={1}
          max={255}
          value={item.maxLength}
          onChange={(maxLength) => {
            onChange({ maxLength: maxLength ?? 255 });
          }}
        />
      );
    case 'textarea':
      return (
        <NumberField
          label={k('height')}
          integer
          min={1}
          max={100}
          value={item.height}
          onChange={(height) => {
            onChange({ height: height ?? 5 });
          }}
        />
      );
    case 'label':
    case 'pagebreak':
      return null;
  }
};

/** The fields of one item: its question (or text), short label, required flag, type fields. */
export const FeedbackItemFields = (props: FieldsProps) => {
  const { t } = useTranslation();
  const { item, onChange, onSettle } = props;
  if (item.type === 'pagebreak') return null;
  const text = item.type === 'label' ? item.html : item.name;
  return (
    <>
      <div className="field">
        <label htmlFor={`${item.id}-text`}>
          {t(
            item.type === 'label' ? 'questions.feedback.item.html' : 'questions.feedback.item.name',
          )}
        </label>
        <textarea
          id={`${item.id}-text`}
          className={item.type === 'label' ? 'feedback-items__html' : undefined}
          rows={item.type === 'label' ? 4 : 2}
          value={text}
          onChange={(event) => {
            onChange(
              item.type === 'label' ? { html: event.target.value } : { name: event.target.value },
            );
          }}
          onBlur={onSettle}
        />
      </div>
      {answerable(item) && (
        <div className="question-editor__row feedback-items__meta">
          <div className="field">
            <label htmlFor={`${item.id}-label`}>{t('questions.feedback.item.label')}</label>
            <input
              id={`${item.id}-label`}
              className="input--short"
              autoComplete="off"
              value={item.label}
              maxLength={255}
              onChange={(event) => {
                onChange({ label: event.target.value });
              }}
              onBlur={onSettle}
            />
          </div>
          <CheckField
            label={t('questions.feedback.item.required')}
            checked={item.required}
            onChange={(required) => {
              onChange({ required }, true);
            }}
          />
        </div>
      )}
      <TypeFields {...props} />
      <FeedbackDependencyFields item={item} items={props.items} onChange={onChange} />
    </>
  );
};
