import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ListItemTools } from '../activity-settings/list-item-tools';
import { CheckField } from './check-field';
import { moveItem } from './move-item';
import { NumberField } from './number-field';
import { TextField } from './text-field';

interface GapChoice {
  text: string;
  group: number;
}

/**
 * The choices of a gap question (gap select, drag and drop into text), numbered 1…n with their
 * group; `[[n]]` in the text is a gap whose answer is choice n. A type's own choice options
 * (ddwtos's "unlimited") come from `renderExtra`.
 */
export const GapChoicesFields = <C extends GapChoice>({
  text,
  choices,
  shuffleAnswers,
  onChange,
  newChoice,
  error,
  renderExtra,
}: {
  text: string;
  choices: readonly C[];
  shuffleAnswers: boolean;
  onChange: (patch: { choices?: C[]; shuffleAnswers?: boolean }) => void;
  newChoice: () => C;
  error: string | null;
  renderExtra?: (choice: C, set: (patch: Partial<C>) => void, name: string) => ReactNode;
}) => {
  const { t } = useTranslation();
  const gaps = [...text.matchAll(/\[\[(\d+)\]\]/g)].length;
  return (
    <fieldset className="question-editor__group">
      <legend>{t('questions.editor.choices')}</legend>
      <p className="field__help">{t('questions.editor.gapCount', { count: gaps })}</p>
      <CheckField
        label={t('questions.editor.shuffle')}
        checked={shuffleAnswers}
        onChange={(shuffle) => {
          onChange({ shuffleAnswers: shuffle });
        }}
      />
      {error !== null && <p className="error-text">{error}</p>}
      <ol className="question-editor__list">
        {choices.map((choice, i) => {
          const name = t('questions.editor.choiceN', { n: i + 1 });
          const set = (patch: Partial<C> | Partial<GapChoice>) => {
            onChange({ choices: choices.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
          };
          return (
            <li key={i} className="question-editor__item question-editor__row">
              <TextField
                label={name}
                value={choice.text}
                onChange={(value) => {
                  set({ text: value });
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
              {renderExtra?.(choice, set, name)}
              <ListItemTools
                name={name}
                index={i}
                count={choices.length}
                onMove={(to) => {
                  onChange({ choices: moveItem(choices, i, to) });
                }}
                onRemove={() => {
                  onChange({ choices: choices.filter((_, j) => j !== i) });
                }}
              />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => {
          onChange({ choices: [...choices, newChoice()] });
        }}
      >
        {t('questions.editor.addChoice')}
      </button>
    </fieldset>
  );
};
