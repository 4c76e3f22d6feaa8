import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import { AnswerList } from './answer-list';
import { CheckField } from './check-field';
import { FractionSelect } from './fraction-select';
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
      <AnswerList
        answers={q.answers}
        onChange={(answers) => {
          onChange({ ...q, answers });
        }}
        newAnswer={() => ({ text: '', fraction: 0, feedback: html })}
        renderFields={(answer, set, name) => (
          <>
            <TextField
              label={name}
              value={answer.text}
              onChange={(text) => {
                set({ text });
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
  );
};
