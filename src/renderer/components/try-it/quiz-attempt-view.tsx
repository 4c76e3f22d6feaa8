import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuizSettings } from '../../../shared/domain/quiz-settings';
import type { useQuizAttempt } from '../../hooks/use-quiz-attempt';
import { formatMark } from './format-mark';
import { QuestionHtml } from './question-html';
import { QuestionPlayer } from './question-player';
import '../../styles/try-it.css';

/** A quiz activity, the studio's or the preview's: its settings and its id. */
type Quiz = QuizSettings & { id: string };

/**
 * A quiz attempt as the participant takes it: where they are (page N of M, or the marks and
 * the overall feedback once submitted), the questions of the page, and the buttons to move on.
 * The studio shows it in a dialog, the preview site in the quiz's page; `actions` come last in
 * the button row (the dialog's "Fermer").
 */
export const QuizAttemptView = ({
  quiz,
  attempt: a,
  actions,
  actionsClassName = 'modal__actions',
}: {
  quiz: Quiz;
  attempt: ReturnType<typeof useQuizAttempt>;
  actions?: ReactNode;
  actionsClassName?: string;
}) => {
  const { t, i18n } = useTranslation();
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    top.current?.focus();
  }, [a.page, a.submitted]);
  const onPage = a.submitted ? a.slots : a.slots.filter((s) => s.slot.page === a.page);
  const last = a.pages.at(-1) ?? 1;
  // Moodle leaves the attempt "not yet graded" while an essay waits for a trainer: the total
  // shown counts it as 0 and says so.
  const pending = a.submitted
    ? a.outcomes.filter((o) => o?.tries.at(-1)?.result.state === 'needsgrading').length
    : 0;
  const numbers = a.slots.map((s, i) =>
    s.question && s.question.type !== 'description'
      ? a.slots.slice(0, i + 1).filter((o) => o.question && o.question.type !== 'description')
          .length
      : null,
  );
  return (
    <>
      <div ref={top} tabIndex={-1} className="try-it__status">
        {a.loading ? (
          <p role="status">{t('questions.bank.loading')}</p>
        ) : a.submitted ? (
          <div role="status" className="try-it__summary">
            <p>
              <strong>
                {t('questions.try.total', {
                  mark: formatMark(a.total ?? 0, i18n.language),
                  max: formatMark(a.maxTotal, i18n.language),
                })}
              </strong>{' '}
              {a.grade !== null &&
                t('questions.try.grade', {
                  grade: formatMark(a.grade, i18n.language),
                  max: formatMark(quiz.maxGrade, i18n.language),
                })}
            </p>
            {pending > 0 && <p>{t('questions.try.pending', { count: pending })}</p>}
            {a.passed !== null && (
              <p>{t(a.passed ? 'questions.try.passed' : 'questions.try.failed')}</p>
            )}
            {a.band && a.band.text.text !== '' && (
              <QuestionHtml text={a.band.text} className="try-it__band" />
            )}
          </div>
        ) : (
          <p>{t('questions.try.pageOf', { page: a.page, count: a.pages.length })}</p>
        )}
      </div>
      {!a.loading && a.slots.length === 0 && <p>{t('questions.quiz.noSlot')}</p>}
      {onPage.map(({ slot, question, start }) => {
        const index = a.slots.findIndex((s) => s.slot.id === slot.id);
        const outcome = a.outcomes[index];
        if (question === null || !outcome)
          return (
            <p key={slot.id} className="error-text">
              {t('questions.try.noQuestion')}
            </p>
          );
        return (
          <QuestionPlayer
            key={slot.id}
            number={numbers[index] ?? null}
            question={question}
            maxMark={slot.maxMark}
            response={a.responseOf({ slot, question, start })}
            onChange={(r) => {
              a.respond(slot.id, r);
            }}
            outcome={outcome}
            locked={a.locked(slot.id)}
            onCheck={() => {
              a.check(slot.id);
            }}
            onRetry={() => {
              a.retry(slot.id);
            }}
          />
        );
      })}
      <div className={actionsClassName}>
        {!a.submitted && a.page > 1 && (
          <button
            type="button"
            onClick={() => {
              a.setPage(a.page - 1);
            }}
          >
            {t('questions.try.previous')}
          </button>
        )}
        {!a.submitted && a.page < last && (
          <button
            type="button"
            className="button--primary"
            onClick={() => {
              a.setPage(a.page + 1);
            }}
          >
            {t('questions.try.next')}
          </button>
        )}
        {!a.submitted && a.page >= last && !a.loading && (
          <button type="button" className="button--primary" onClick={a.submit}>
            {t('questions.try.submit')}
          </button>
        )}
        {a.submitted && (
          <button type="button" onClick={a.restart}>
            {t('questions.try.again')}
          </button>
        )}
        {actions}
      </div>
    </>
  );
};
