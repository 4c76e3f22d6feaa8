import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import { ListItemTools } from '../activity-settings/list-item-tools';
import { CheckField } from './check-field';
import { moveItem } from './move-item';
import { QuestionTextField } from './question-text-field';
import { TextField } from './text-field';

type Q = QuestionOf<'match'>;
const html = { format: 'html' as const, text: '', files: [] };

/** Subquestions and their answers; a subquestion with no text is a distractor answer. */
export const MatchFields = ({
  question: q,
  onChange,
  error,
}: {
  question: Q;
  onChange: (q: Q) => void;
  error: string | null;
}) => {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Q['subquestions'][number]>) => {
    onChange({
      ...q,
      subquestions: q.subquestions.map((s, j) => (j === i ? { ...s, ...patch } : s)),
    });
  };
  return (
    <fieldset className="question-editor__group">
      <legend>{t('questions.editor.subquestions')}</legend>
      <CheckField
        label={t('questions.editor.shuffle')}
        checked={q.shuffleAnswers}
        onChange={(shuffleAnswers) => {
          onChange({ ...q, shuffleAnswers });
        }}
      />
      <p className="field__help">{t('questions.editor.distractorHelp')}</p>
      {error !== null && <p className="error-text">{error}</p>}
      <ol className="question-editor__list">
        {q.subquestions.map((sub, i) => {
          const name = t('questions.editor.subquestionN', { n: i + 1 });
          return (
            <li key={i} className="question-editor__item">
              <QuestionTextField
                label={name}
                value={sub.text}
                rows={1}
                onChange={(text) => {
                  set(i, { text });
                }}
              />
              <TextField
                label={t('questions.editor.answerOf', { name })}
                value={sub.answer}
                onChange={(answer) => {
                  set(i, { answer });
                }}
              />
              <ListItemTools
                name={name}
                index={i}
                count={q.subquestions.length}
                onMove={(to) => {
                  onChange({ ...q, subquestions: moveItem(q.subquestions, i, to) });
                }}
                onRemove={() => {
                  onChange({ ...q, subquestions: q.subquestions.filter((_, j) => j !== i) });
                }}
              />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => {
          onChange({ ...q, subquestions: [...q.subquestions, { text: html, answer: '' }] });
        }}
      >
        {t('questions.editor.addSubquestion')}
      </button>
    </fieldset>
  );
};
