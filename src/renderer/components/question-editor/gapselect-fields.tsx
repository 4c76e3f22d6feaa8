import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import { ListItemTools } from '../activity-settings/list-item-tools';
import { CheckField } from './check-field';
import { moveItem } from './move-item';
import { NumberField } from './number-field';
import { TextField } from './text-field';

type Q = QuestionOf<'gapselect'>;

/** Choices numbered 1…n with their group; `[[n]]` in the text is a gap whose answer is choice n. */
export const GapselectFields = ({
  question: q,
  onChange,
  error,
}: {
  question: Q;
  onChange: (q: Q) => void;
  error: string | null;
}) => {
  const { t } = useTranslation();
  const gaps = [...q.text.text.matchAll(/\[\[(\d+)\]\]/g)].length;
  return (
    <fieldset className="question-editor__group">
      <legend>{t('questions.editor.choices')}</legend>
      <p className="field__help">{t('questions.editor.gapCount', { count: gaps })}</p>
      <CheckField
        label={t('questions.editor.shuffle')}
        checked={q.shuffleAnswers}
        onChange={(shuffleAnswers) => {
          onChange({ ...q, shuffleAnswers });
        }}
      />
      {error !== null && <p className="error-text">{error}</p>}
      <ol className="question-editor__list">
        {q.choices.map((choice, i) => {
          const name = t('questions.editor.choiceN', { n: i + 1 });
          const set = (patch: Partial<Q['choices'][number]>) => {
            onChange({
              ...q,
              choices: q.choices.map((c, j) => (j === i ? { ...c, ...patch } : c)),
            });
          };
          return (
            <li key={i} className="question-editor__item question-editor__row">
              <TextField
                label={name}
                value={choice.text}
                onChange={(text) => {
                  set({ text });
                }}
              />
              <NumberField
                label={t('questions.editor.groupOf', { name })}
                value={choice.group}
                min={1}
                max={20}
                integer
                onChange={(group) => {
                  set({ group: group ?? 1 });
                }}
              />
              <ListItemTools
                name={name}
                index={i}
                count={q.choices.length}
                onMove={(to) => {
                  onChange({ ...q, choices: moveItem(q.choices, i, to) });
                }}
                onRemove={() => {
                  onChange({ ...q, choices: q.choices.filter((_, j) => j !== i) });
                }}
              />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => {
          onChange({ ...q, choices: [...q.choices, { text: '', group: 1 }] });
        }}
      >
        {t('questions.editor.addChoice')}
      </button>
    </fieldset>
  );
};
