import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ListItemTools } from '../activity-settings/list-item-tools';
import { moveItem } from './move-item';

/**
 * The answers of a question as an ordered list: each answer's own fields (`renderFields`,
 * given a setter for that answer and its accessible name "Réponse n"), then move and remove
 * tools, then "Ajouter une réponse". Every answer-based question editor shares it; a list of
 * other things (ordering items) names them with `nameOf` and its button with `addLabel`.
 */
export const AnswerList = <A extends object>({
  answers,
  onChange,
  newAnswer,
  renderFields,
  nameOf,
  addLabel,
}: {
  answers: readonly A[];
  onChange: (answers: A[]) => void;
  newAnswer: () => A;
  renderFields: (answer: A, set: (patch: Partial<A>) => void, name: string) => ReactNode;
  nameOf?: (n: number) => string;
  addLabel?: string;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <ol className="question-editor__list">
        {answers.map((answer, i) => {
          const name = nameOf ? nameOf(i + 1) : t('questions.editor.answerN', { n: i + 1 });
          const set = (patch: Partial<A>) => {
            onChange(answers.map((a, j) => (j === i ? { ...a, ...patch } : a)));
          };
          return (
            <li key={i} className="question-editor__item">
              {renderFields(answer, set, name)}
              <ListItemTools
                name={name}
                index={i}
                count={answers.length}
                onMove={(to) => {
                  onChange(moveItem(answers, i, to));
                }}
                onRemove={() => {
                  onChange(answers.filter((_, j) => j !== i));
                }}
              />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => {
          onChange([...answers, newAnswer()]);
        }}
      >
        {addLabel ?? t('questions.editor.addAnswer')}
      </button>
    </>
  );
};
