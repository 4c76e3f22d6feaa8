import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../shared/domain/question';
import type { ScoredTry, TriesOutcome } from '../../../shared/scoring/score-tries';
import { formatMark } from './format-mark';
import { QuestionHtml } from './question-html';
import { ScoreFeedback } from './score-feedback';

/** The question's first field that takes a response, for the focus after "Réessayer". */
const FIELDS =
  'input:not(:disabled), select:not(:disabled), textarea:not(:disabled), .player-ordering button:not(:disabled)';

interface QuestionTriesProps {
  question: Question;
  outcome: TriesOutcome;
  locked: boolean;
  maxMark: number;
  onCheck: () => void;
  onRetry: () => void;
}

/** The try whose feedback is shown: the finishing one, else the last one graded. */
const shownTry = (outcome: TriesOutcome): ScoredTry | undefined => {
  const last = outcome.tries.at(-1);
  if (outcome.finished && outcome.mode !== 'adaptive') return last;
  return (
    [...outcome.tries].reverse().find((t) => t.graded) ?? (outcome.finished ? last : undefined)
  );
};

/** Adaptive mode's marks for the try shown (qbehaviour_adaptive's grading details). */
const useAdaptiveDetails = (
  outcome: TriesOutcome,
  shown: ScoredTry | undefined,
  maxMark: number,
): string[] => {
  const { t, i18n } = useTranslation();
  if (outcome.mode !== 'adaptive' || !shown?.graded || shown.result.fraction === null) return [];
  const format = (fraction: number) => formatMark(fraction * maxMark, i18n.language);
  const max = formatMark(maxMark, i18n.language);
  const raw = format(shown.result.fraction);
  const now = format(shown.fraction ?? 0);
  const details = [t('questions.try.rawMark', { mark: raw, max })];
  if (now !== raw) details.push(t('questions.try.adjustedMark', { mark: now, max }));
  const improvable = !outcome.tries.some((r) => r.graded && r.result.state === 'gradedright');
  if (!outcome.finished && improvable && outcome.penalty > 0)
    details.push(t('questions.try.penalty', { penalty: format(outcome.penalty) }));
  return details;
};

/**
 * A question's feedback under the quiz's behaviour, with "Vérifier" and "Réessayer" while it
 * may be tried; what changes after a try is announced (role=status) and the focus follows.
 */
export const QuestionTries = ({
  question,
  outcome,
  locked,
  maxMark,
  onCheck,
  onRetry,
}: QuestionTriesProps) => {
  const { t } = useTranslation();
  const status = useRef<HTMLDivElement>(null);
  const retry = useRef<HTMLButtonElement>(null);
  const pending = useRef<'check' | 'retry' | null>(null);
  useEffect(() => {
    const action = pending.current;
    pending.current = null;
    if (action === 'check' && outcome.finished) status.current?.focus();
    else if (action === 'check' && locked) retry.current?.focus();
    else if (action === 'retry')
      status.current?.closest('section')?.querySelector<HTMLElement>(FIELDS)?.focus();
  });
  const shown = shownTry(outcome);
  const details = useAdaptiveDetails(outcome, shown, maxMark);
  const result =
    shown === undefined
      ? null
      : {
          ...shown.result,
          fraction: outcome.finished ? outcome.fraction : shown.result.fraction,
          mark: outcome.finished && outcome.fraction !== null ? outcome.fraction * maxMark : null,
        };
  // A description has nothing to grade: Moodle shows no state for it.
  if (question.type === 'description') return null;
  if (outcome.mode === 'deferred')
    return outcome.finished && result ? (
      <ScoreFeedback result={result} maxMark={maxMark} question={question} />
    ) : null;
  const last = outcome.tries.at(-1);
  const invalid = !outcome.finished && last !== undefined && last.result.fraction === null;
  const visible =
    result !== null && (outcome.finished || locked || outcome.mode === 'adaptive') && !invalid;
  const hint = locked ? question.hints[outcome.triesUsed - 1] : undefined;
  // Once the whole attempt is submitted, the review is read from the top, not announced.
  const live = !outcome.tries.some((r) => r.final);
  return (
    <div className="player-tries">
      <div
        ref={status}
        role={live ? 'status' : undefined}
        tabIndex={-1}
        className="player-tries__status"
      >
        {invalid && <p className="player-tries__invalid">{t('questions.try.invalid')}</p>}
        {visible && (
          <ScoreFeedback
            result={result}
            maxMark={maxMark}
            question={question}
            showMark={outcome.finished}
            showGeneral={outcome.finished}
            details={details}
          >
            {hint && hint.text.text !== '' && (
              <div className="player-feedback__hint">
                <p>
                  <strong>{t('questions.player.hint')}</strong>
                </p>
                <QuestionHtml text={hint.text} />
              </div>
            )}
            {locked && outcome.triesLeft !== null && (
              <p className="player-feedback__tries">
                {t('questions.try.triesLeft', { count: outcome.triesLeft })}
              </p>
            )}
          </ScoreFeedback>
        )}
      </div>
      {!outcome.finished && !locked && (
        <button
          type="button"
          onClick={() => {
            pending.current = 'check';
            onCheck();
          }}
        >
          {t('questions.try.check')}
        </button>
      )}
      {!outcome.finished && locked && (
        <button
          ref={retry}
          type="button"
          onClick={() => {
            pending.current = 'retry';
            onRetry();
          }}
        >
          {t('questions.try.tryAgain')}
        </button>
      )}
    </div>
  );
};
