import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import { answerNumberingSchema } from '../../../shared/domain/question-choice-types';
import { AnswerList } from './answer-list';
import { NumberField } from './number-field';
import { QuestionTextField } from './question-text-field';
import { SelectField } from './select-field';

type Q = QuestionOf<'ordering'>;
const html = { format: 'html' as const, text: '', files: [] };
const LAYOUTS = ['VERTICAL', 'HORIZONTAL'] as const;
const SELECTS = ['ALL', 'RANDOM', 'CONTIGUOUS'] as const;
const GRADINGS = [
  'ALL_OR_NOTHING',
  'ABSOLUTE_POSITION',
  'RELATIVE_NEXT_EXCLUDE_LAST',
  'RELATIVE_NEXT_INCLUDE_LAST',
  'RELATIVE_ONE_PREVIOUS_AND_NEXT',
  'RELATIVE_ALL_PREVIOUS_AND_NEXT',
  'LONGEST_ORDERED_SUBSET',
  'LONGEST_CONTIGUOUS_SUBSET',
] as const;
const SHOW = ['SHOW', 'HIDE'] as const;

/**
 * A setting Moodle 4.5+ may have written empty (null: the site's default applies). "Défaut du
 * site" is offered only while the value is null, so an imported question keeps it until changed.
 */
const OptionSelect = <V extends string>({
  label,
  value,
  values,
  labelOf,
  onChange,
}: {
  label: string;
  value: V | null;
  values: readonly V[];
  labelOf: (value: V) => string;
  onChange: (value: V) => void;
}) => {
  const { t } = useTranslation();
  const options: { value: V | ''; label: string }[] = values.map((v) => ({
    value: v,
    label: labelOf(v),
  }));
  return (
    <SelectField
      label={label}
      value={value ?? ''}
      options={
        value === null
          ? [{ value: '', label: t('quizDesign.ordering.siteDefault') }, ...options]
          : options
      }
      onChange={(chosen) => {
        if (chosen !== '') onChange(chosen);
      }}
    />
  );
};

/** An ordering question: its items in the right order, how they are shown, drawn and graded. */
export const OrderingFields = ({
  question: q,
  onChange,
  errorOf,
}: {
  question: Q;
  onChange: (q: Q) => void;
  errorOf: (field: string) => string | null;
}) => {
  const { t } = useTranslation();
  const k = (key: string) => t(`quizDesign.ordering.${key}`);
  const subset = q.selectType === 'RANDOM' || q.selectType === 'CONTIGUOUS';
  const error = errorOf('items');
  return (
    <>
      <fieldset className="question-editor__group">
        <legend>{k('settings')}</legend>
        <div className="question-editor__row">
          <OptionSelect
            label={k('layoutType')}
            value={q.layoutType}
            values={LAYOUTS}
            labelOf={(v) => t(`quizDesign.ordering.layout.${v}`)}
            onChange={(layoutType) => {
              onChange({ ...q, layoutType });
            }}
          />
          <SelectField
            label={k('numbering')}
            value={q.numberingStyle}
            options={answerNumberingSchema.options.map((v) => ({
              value: v,
              label: t(`questions.numbering.${v}`),
            }))}
            onChange={(numberingStyle) => {
              onChange({ ...q, numberingStyle });
            }}
          />
        </div>
        <div className="question-editor__row">
          <OptionSelect
            label={k('selectType')}
            value={q.selectType}
            values={SELECTS}
            labelOf={(v) => t(`quizDesign.ordering.select.${v}`)}
            onChange={(selectType) => {
              onChange({ ...q, selectType });
            }}
          />
          {subset && (
            <NumberField
              label={k('selectCount')}
              help={k('selectCountHelp')}
              value={q.selectCount}
              min={2}
              max={100}
              integer
              error={errorOf('selectCount')}
              onChange={(selectCount) => {
                onChange({ ...q, selectCount: selectCount ?? 0 });
              }}
            />
          )}
        </div>
        <div className="question-editor__row">
          <OptionSelect
            label={k('gradingType')}
            value={q.gradingType}
            values={GRADINGS}
            labelOf={(v) => t(`quizDesign.ordering.grading.${v}`)}
            onChange={(gradingType) => {
              onChange({ ...q, gradingType });
            }}
          />
          <OptionSelect
            label={k('showGrading')}
            value={q.showGrading}
            values={SHOW}
            labelOf={(v) => t(`quizDesign.ordering.show.${v}`)}
            onChange={(showGrading) => {
              onChange({ ...q, showGrading });
            }}
          />
        </div>
      </fieldset>
      <fieldset className="question-editor__group">
        <legend>{k('items')}</legend>
        <p className="field__help">{k('itemsHelp')}</p>
        {error !== null && <p className="error-text">{error}</p>}
        <AnswerList
          answers={q.items}
          onChange={(items) => {
            onChange({ ...q, items });
          }}
          newAnswer={() => html}
          nameOf={(n) => t('quizDesign.ordering.itemN', { n })}
          addLabel={k('addItem')}
          renderFields={(item, set, name) => (
            <QuestionTextField
              label={name}
              value={item}
              rows={1}
              onChange={(text) => {
                set(text);
              }}
            />
          )}
        />
      </fieldset>
    </>
  );
};
