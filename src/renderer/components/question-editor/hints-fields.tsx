import { useTranslation } from 'react-i18next';
import type { QuestionHint } from '../../../shared/domain/question-hint';
import { ListItemTools } from '../activity-settings/list-item-tools';
import { CheckField } from './check-field';
import { moveItem } from './move-item';
import { QuestionTextField } from './question-text-field';

const html = { format: 'html' as const, text: '', files: [] };

/** Hints shown after each wrong try (interactive behaviour). */
export const HintsFields = ({
  hints,
  onChange,
}: {
  hints: QuestionHint[];
  onChange: (hints: QuestionHint[]) => void;
}) => {
  const { t } = useTranslation();
  return (
    <fieldset className="question-editor__group">
      <legend>{t('questions.editor.hints')}</legend>
      <ol className="question-editor__list">
        {hints.map((hint, i) => {
          const name = t('questions.editor.hintN', { n: i + 1 });
          const set = (patch: Partial<QuestionHint>) => {
            onChange(hints.map((h, j) => (j === i ? { ...h, ...patch } : h)));
          };
          return (
            <li key={i} className="question-editor__item">
              <QuestionTextField
                label={name}
                value={hint.text}
                rows={2}
                onChange={(text) => {
                  set({ text });
                }}
              />
              <CheckField
                label={t('questions.editor.hintShowNumCorrect', { name })}
                checked={hint.showNumCorrect}
                onChange={(showNumCorrect) => {
                  set({ showNumCorrect });
                }}
              />
              <CheckField
                label={t('questions.editor.hintClearWrong', { name })}
                checked={hint.clearWrong}
                onChange={(clearWrong) => {
                  set({ clearWrong });
                }}
              />
              <ListItemTools
                name={name}
                index={i}
                count={hints.length}
                onMove={(to) => {
                  onChange(moveItem(hints, i, to));
                }}
                onRemove={() => {
                  onChange(hints.filter((_, j) => j !== i));
                }}
              />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => {
          onChange([...hints, { text: html, showNumCorrect: false, clearWrong: false }]);
        }}
      >
        {t('questions.editor.addHint')}
      </button>
    </fieldset>
  );
};
