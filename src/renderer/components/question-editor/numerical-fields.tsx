import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import { ListItemTools } from '../activity-settings/list-item-tools';
import { FractionSelect } from './fraction-select';
import { moveItem } from './move-item';
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
  const setAnswer = (i: number, patch: Partial<Q['answers'][number]>) => {
    onChange({ ...q, answers: q.answers.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
  };
  const error = errorOf('answers');
  return (
    <>
      <fieldset className="question-editor__group">
        <legend>{t('questions.editor.answers')}</legend>
        {error !== null && <p className="error-text">{error}</p>}
        <ol className="question-editor__list">
          {q.answers.map((answer, i) => {
            const name = t('questions.editor.answerN', { n: i + 1 });
            return (
              <li key={i} className="question-editor__item">
                <div className="question-editor__row">
                  <TextField
                    label={name}
                    short
                    help={t('questions.editor.numericalValueHelp')}
                    value={answer.value}
                    onChange={(value) => {
                      setAnswer(i, { value: value.trim().replace(',', '.') });
                    }}
                  />
                  <NumberField
                    label={t('questions.editor.toleranceOf', { name })}
                    value={answer.tolerance}
                    min={0}
                    onChange={(tolerance) => {
                      setAnswer(i, { tolerance: tolerance ?? 0 });
                    }}
                  />
                  <FractionSelect
                    label={t('questions.editor.gradeOf', { name })}
                    value={answer.fraction}
                    allowNegative={false}
                    onChange={(fraction) => {
                      setAnswer(i, { fraction });
                    }}
                  />
                </div>
                <QuestionTextField
                  label={t('questions.editor.feedbackOf', { name })}
                  value={answer.feedback}
                  rows={1}
                  onChange={(feedback) => {
                    setAnswer(i, { feedback });
                  }}
                />
                <ListItemTools
                  name={name}
                  index={i}
                  count={q.answers.length}
                  onMove={(to) => {
                    onChange({ ...q, answers: moveItem(q.answers, i, to) });
                  }}
                  onRemove={() => {
                    onChange({ ...q, answers: q.answers.filter((_, j) => j !== i) });
                  }}
                />
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          onClick={() => {
            onChange({
              ...q,
              answers: [...q.answers, { value: '0', tolerance: 0, fraction: 0, feedback: html }],
            });
          }}
        >
          {t('questions.editor.addAnswer')}
        </button>
      </fieldset>
      <NumericalUnitsFields question={q} onChange={onChange} error={errorOf('units')} />
    </>
  );
};
