import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';
import { isFeedbackItemShown } from '../../../shared/domain/feedback-item-shown';
import { ModalDialog } from '../modal-dialog';
import {
  type FeedbackAnswers,
  type FeedbackProblem,
  answerText,
  checkFeedbackPage,
  chosenIndexes,
  feedbackPages,
} from './feedback-answers';
import { FeedbackItemInput } from './feedback-item-input';
import '../../styles/feedback-form.css';
import '../../styles/question-editor.css';
import '../../styles/try-it.css';

type Feedback = Extract<Activity, { type: 'feedback' }>;

/**
 * "Remplir comme un participant": the questionnaire page by page; a page with a required item
 * left empty (or a number out of range) is not left, and an error summary says why; a recap at
 * the end. Nothing is stored.
 */
export const FeedbackFillDialog = ({
  activity,
  onClose,
}: {
  activity: Feedback;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const [answers, setAnswers] = useState<FeedbackAnswers>({});
  /** Items of the pages sent: one left empty there is answered "nothing" (Moodle's value 0). */
  const [sent, setSent] = useState<ReadonlySet<string>>(new Set());
  // Items whose condition is not met are left out, and pages left empty with them.
  const shown = activity.items.filter((item) =>
    isFeedbackItemShown(item, activity.items, (other) =>
      chosenIndexes(answers[other.id], sent.has(other.id)),
    ),
  );
  const pages = feedbackPages(shown);
  const [problems, setProblems] = useState<FeedbackProblem[]>([]);
  const [done, setDone] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) summary.current?.focus();
  }, [problems]);
  useEffect(() => {
    top.current?.focus();
  }, [page, done]);
  const current = pages[page] ?? [];
  const controlId = (id: string) => `fill-${id}`;
  const message = (p: FeedbackProblem) =>
    p.kind === 'required'
      ? t('questions.errors.required')
      : p.kind === 'number'
        ? t('questions.errors.notANumber')
        : t('questions.errors.range', { min: p.min ?? '−∞', max: p.max ?? '+∞' });
  const nameOf = (id: string) => activity.items.find((i) => i.id === id)?.name ?? '';
  const go = (next: number | 'done') => {
    const found = checkFeedbackPage(current, answers);
    setProblems(found);
    if (found.length > 0) return;
    setSent((all) => new Set([...all, ...current.map((item) => item.id)]));
    if (next === 'done') setDone(true);
    else setPage(next);
  };
  const answered = shown.filter(
    (i) => i.type !== 'pagebreak' && i.type !== 'label' && i.type !== 'info',
  );
  return (
    <ModalDialog
      title={t('questions.feedback.fillTitle', { name: activity.title })}
      onClose={onClose}
      className="modal--bank feedback-fill"
    >
      <div ref={top} tabIndex={-1} className="try-it__status">
        <p>
          {done
            ? t('questions.feedback.recap')
            : t('questions.try.pageOf', { page: page + 1, count: pages.length })}
        </p>
      </div>
      {!done && problems.length > 0 && (
        <div ref={summary} tabIndex={-1} role="alert" className="error-summary">
          <p>{t('questions.feedback.problems', { count: problems.length })}</p>
          <ul>
            {problems.map((p) => (
              <li key={p.itemId}>
                <a
                  href={`#${controlId(p.itemId)}`}
                  onClick={(event) => {
                    // The address keeps the host's token: focus the field, leave the URL alone.
                    event.preventDefault();
                    document.getElementById(controlId(p.itemId))?.focus();
                  }}
                >
                  {nameOf(p.itemId) || t('questions.feedback.untitled')} : {message(p)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {done ? (
        <dl className="feedback-fill__recap">
          {answered.map((item) => (
            <div key={item.id}>
              <dt>{item.name || t('questions.feedback.untitled')}</dt>
              <dd>{answerText(item, answers[item.id]) || t('questions.feedback.noAnswer')}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <form
          id="feedback-fill-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            go(page < pages.length - 1 ? page + 1 : 'done');
          }}
        >
          {activity.items.length === 0 && <p>{t('questions.feedback.noItem')}</p>}
          {current.map((item) => {
            const problem = problems.find((p) => p.itemId === item.id);
            return (
              <FeedbackItemInput
                key={item.id}
                item={item}
                controlId={controlId(item.id)}
                answer={answers[item.id]}
                error={problem ? message(problem) : null}
                onChange={(answer) => {
                  setAnswers((all) => ({ ...all, [item.id]: answer }));
                }}
              />
            );
          })}
        </form>
      )}
      <div className="modal__actions">
        {!done && page > 0 && (
          <button
            type="button"
            onClick={() => {
              setProblems([]);
              setPage(page - 1);
            }}
          >
            {t('questions.try.previous')}
          </button>
        )}
        {!done && (
          <button type="submit" form="feedback-fill-form" className="button--primary">
            {page < pages.length - 1 ? t('questions.try.next') : t('questions.feedback.submit')}
          </button>
        )}
        {done && (
          <button
            type="button"
            onClick={() => {
              setAnswers({});
              setSent(new Set());
              setProblems([]);
              setPage(0);
              setDone(false);
            }}
          >
            {t('questions.try.again')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('questions.bank.close')}
        </button>
      </div>
    </ModalDialog>
  );
};
