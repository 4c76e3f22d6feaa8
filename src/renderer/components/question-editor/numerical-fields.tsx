import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import { AnswerList } from './answer-list';
import { FractionSelect } from './fraction-select';
import { NumberField } from './number-field';
import { NumericalUnitsFields } from './numerical-units-fields';
import { QuestionTextField } from './question-text-field';
import { TextField } from './text-field';

type Q = QuestionOf<'numerical'>;
const html = { format: 'html' as const, text: '', files: [] };

/** Accepted values with their tolerance, grade and feedback; then the units. */
export const NumericalFields = ({
  question: q,
  onChange,
  errorOf,
}: {
  question: Q;
  onChange: (q: Q) => void;
  errorOf: (field: string) => string | null;
}) => {
  const { t } = useTranslation();
  const error = errorOf('answers');
  return (
    <>
      <fieldset className="question-editor__group">
        <legend>{t('questions.editor.answers')}</legend>
        {error !== null && <p className="error-text">{error}</p>}
        <AnswerList
          answers={q.answers}
          onChange={(answers) => {
            onChange({ ...q, answers });
          }}
          newAnswer={() => ({ value: '0', tolerance: 0, fraction: 0, feedback: html })}
          renderFields={(answer, set, name) => (
            <>
              <div className="question-editor__row">
                <TextField
                  label={name}
                  short
                  help={t('questions.editor.numericalValueHelp')}
                  value={answer.value}
                  onChange={(value) => {
                    set({ value: value.trim().replace(',', '.') });
                  }}
                />
                <NumberField
                  label={t('questions.editor.toleranceOf', { name })}
                  value={answer.tolerance}
                  min={0}
                  onChange={(tolerance) => {
                    set({ tolerance: tolerance ?? 0 });
                  }}
                />
                <FractionSelect
                  label={t('questions.editor.gradeOf', { name })}
                  value={answer.fraction}
                  allowNegative={false}
                  onChange={(fraction) => {
                    set({ fraction });
                  }}
                />
              </div>
              <QuestionTextField
                label={t('questions.editor.feedbackOf', { name })}
                value={answer.feedback}
                rows={1}
                onChange={(feedback) => {
                  set({ feedback });
                }}
              />
            </>
          )}
        />
      </fieldset>
      <NumericalUnitsFields question={q} onChange={onChange} error={errorOf('units')} />
    </>
  );
};
