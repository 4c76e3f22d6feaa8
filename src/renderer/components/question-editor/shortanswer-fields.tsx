import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import { ListItemTools } from '../activity-settings/list-item-tools';
import { CheckField } from './check-field';
import { FractionSelect } from './fraction-select';
import { moveItem } from './move-item';
import { QuestionTextField } from './question-text-field';
import { TextField } from './text-field';

type Q = QuestionOf<'shortanswer'>;
const html = { format: 'html' as const, text: '', files: [] };

/** Accepted answers (with `*`), each with a grade and a feedback; case sensitivity. */
export const ShortanswerFields = ({
  question: q,
  onChange,
  error,
}: {
  question: Q;
  onChange: (q: Q) => void;
  error: string | null;
}) => {
  const { t } = useTranslation();
  const setAnswer = (i: number, patch: Partial<Q['answers'][number]>) => {
    onChange({ ...q, answers: q.answers.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
  };
  return (
    <fieldset className="question-editor__group">
      <legend>{t('questions.editor.answers')}</legend>
      <CheckField
        label={t('questions.editor.caseSensitive')}
        checked={q.caseSensitive}
        onChange={(caseSensitive) => {
          onChange({ ...q, caseSensitive });
        }}
      />
      <p className="field__help">{t('questions.editor.wildcardHelp')}</p>
      {error !== null && <p className="error-text">{error}</p>}
      <ol className="question-editor__list">
        {q.answers.map((answer, i) => {
          const name = t('questions.editor.answerN', { n: i + 1 });
          return (
            <li key={i} className="question-editor__item">
              <TextField
                label={name}
                value={answer.text}
                onChange={(text) => {
                  setAnswer(i, { text });
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
          onChange({ ...q, answers: [...q.answers, { text: '', fraction: 0, feedback: html }] });
        }}
      >
        {t('questions.editor.addAnswer')}
      </button>
    </fieldset>
  );
};
