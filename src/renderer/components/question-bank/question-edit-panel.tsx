import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../shared/domain/question';
import { useQuestionDraft } from '../../hooks/use-question-draft';
import { QuestionEditor } from '../question-editor/question-editor';

/** A question's editor with "Enregistrer" / "Retour à la liste" and an error summary. */
export const QuestionEditPanel = ({
  target,
  save,
  onDone,
}: {
  target: { kind: 'edit'; id: string } | { kind: 'new'; question: Question };
  save: (question: Question, isNew: boolean) => Promise<unknown>;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const state = useQuestionDraft(target, save);
  const summary = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const problemCount = state.problems.length;
  const loaded = state.draft !== null;
  // A stored question shows "Chargement…" first: the heading takes the focus once it is there.
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);
  useEffect(() => {
    if (problemCount > 0) summary.current?.focus();
  }, [problemCount]);
  if (state.draft === null) return <p role="status">{t('questions.bank.loading')}</p>;
  const draft = state.draft;
  return (
    <form
      className="bank-edit"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void state.submit().then((saved) => {
          if (saved) onDone();
        });
      }}
    >
      <h3 ref={heading} tabIndex={-1}>
        {t(target.kind === 'new' ? 'questions.bank.newTitle' : 'questions.bank.editTitle', {
          type: t(`questions.types.${draft.type}`),
        })}
      </h3>
      {problemCount > 0 && (
        <div ref={summary} tabIndex={-1} role="alert" className="error-summary">
          <p>{t('questions.errors.summary', { count: problemCount })}</p>
          <ul>
            {state.problems.map((p) => (
              <li key={p.field + p.message}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      <QuestionEditor question={draft} onChange={state.change} errorOf={state.errorOf} />
      <div className="modal__actions">
        <button type="button" onClick={onDone}>
          {t('questions.bank.backToList')}
        </button>
        <button type="submit" className="button--primary" disabled={state.saving}>
          {t('questions.bank.save')}
        </button>
      </div>
    </form>
  );
};
