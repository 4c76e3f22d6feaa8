import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isFeedbackItemShown } from '../../shared/domain/feedback-item-shown';
import type { PreviewActivity, PreviewParcours } from '../../shared/preview/preview-model';
import {
  type FeedbackProblem,
  answerText,
  checkFeedbackPage,
  chosenIndexes,
  feedbackPages,
} from '../components/feedback-form/feedback-answers';
import { FeedbackItemInput } from '../components/feedback-form/feedback-item-input';
import { parseFeedbackState } from './feedback-state';
import { previewStorage } from './preview-storage';
import { SafeHtml } from './safe-html';
import { useStoredState } from './use-stored-state';
import '../styles/feedback-form.css';

type Feedback = Extract<PreviewActivity, { type: 'feedback' }>;

/**
 * A questionnaire to fill in, page by page, as Moodle's feedback module checks it; the answers
 * stay in this browser (nothing is sent anywhere) and come back on the next visit.
 */
export const FeedbackView = ({
  feedback,
  parcours,
  onSent,
}: {
  feedback: Feedback;
  parcours: Pick<PreviewParcours, 'id' | 'version'>;
  onSent: () => void;
}) => {
  const { t } = useTranslation();
  const [state, update] = useStoredState(
    previewStorage.key(parcours, `feedback:${feedback.id}`),
    parseFeedbackState,
  );
  const titleId = useId();
  const [page, setPage] = useState(0);
  /** Items of the pages sent: one left empty there is answered "nothing" (Moodle's value 0). */
  const [pagesSent, setPagesSent] = useState<ReadonlySet<string>>(new Set());
  const [problems, setProblems] = useState<FeedbackProblem[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) summary.current?.focus();
  }, [problems]);
  const { answers } = state;
  // Items whose condition is not met are left out, and pages left empty with them.
  const shown = feedback.items.filter((item) =>
    isFeedbackItemShown(item, feedback.items, (other) =>
      chosenIndexes(answers[other.id], state.sent || pagesSent.has(other.id)),
    ),
  );
  const pages = feedbackPages(shown);
  const current = pages[page] ?? [];
  const controlId = (id: string) => `fill-${id}`;
  const message = (p: FeedbackProblem) =>
    p.kind === 'required'
      ? t('questions.errors.required')
      : p.kind === 'number'
        ? t('questions.errors.notANumber')
        : t('questions.errors.range', { min: p.min ?? '−∞', max: p.max ?? '+∞' });
  const go = () => {
    const found = checkFeedbackPage(current, answers);
    setProblems(found);
    if (found.length > 0) return;
    setPagesSent((all) => new Set([...all, ...current.map((item) => item.id)]));
    if (page < pages.length - 1) {
      setPage(page + 1);
      return;
    }
    update((s) => ({ ...s, sent: true }));
    onSent();
  };
  const answered = shown.filter(
    (i) => i.type !== 'pagebreak' && i.type !== 'label' && i.type !== 'info',
  );
  return (
    <section className="pv-feedback feedback-fill" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('preview.feedback.title')}</h2>
      <p className="pv-note">{t('preview.feedback.local')}</p>
      {state.sent ? (
        <div role="status">
          <p>
            <strong>{t('preview.feedback.sent')}</strong>
          </p>
          <SafeHtml html={feedback.pageAfterSubmit} className="pv-content" />
          <dl className="feedback-fill__recap">
            {answered.map((item) => (
              <div key={item.id}>
                <dt>{item.name || t('questions.feedback.untitled')}</dt>
                <dd>{answerText(item, answers[item.id]) || t('questions.feedback.noAnswer')}</dd>
              </div>
            ))}
          </dl>
          <button
            type="button"
            onClick={() => {
              update((s) => ({ ...s, sent: false }));
              setPagesSent(new Set());
              setPage(0);
            }}
          >
            {t('preview.feedback.edit')}
          </button>
        </div>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            go();
          }}
        >
          <p>{t('questions.try.pageOf', { page: page + 1, count: pages.length })}</p>
          {problems.length > 0 && (
            <div ref={summary} tabIndex={-1} role="alert" className="error-summary">
              <p>{t('questions.feedback.problems', { count: problems.length })}</p>
              <ul>
                {problems.map((p) => (
                  <li key={p.itemId}>
                    <a
                      href={`#${controlId(p.itemId)}`}
                      onClick={(event) => {
                        // The hash is the site's route: focus the field, leave the address alone.
                        event.preventDefault();
                        document.getElementById(controlId(p.itemId))?.focus();
                      }}
                    >
                      {feedback.items.find((i) => i.id === p.itemId)?.name ||
                        t('questions.feedback.untitled')}{' '}
                      : {message(p)}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {feedback.items.length === 0 && <p>{t('questions.feedback.noItem')}</p>}
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
                  update((s) => ({ ...s, answers: { ...s.answers, [item.id]: answer } }));
                }}
              />
            );
          })}
          <div className="pv-actions">
            {page > 0 && (
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
            <button type="submit" className="button--primary">
              {page < pages.length - 1 ? t('questions.try.next') : t('questions.feedback.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
};
