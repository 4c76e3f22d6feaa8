import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../shared/domain/question';
import type { QuestionResponse } from '../../../shared/scoring/question-response';
import type { TriesOutcome } from '../../../shared/scoring/score-tries';
import { ChoicePlayer } from './choice-player';
import { ClozePlayer } from './cloze-player';
import { formatMark } from './format-mark';
import { GapPlayer } from './gap-player';
import { MatchPlayer } from './match-player';
import { OrderingPlayer } from './ordering-player';
import { QuestionHtml } from './question-html';
import { QuestionTries } from './question-tries';

interface QuestionPlayerProps {
  number: number | null;
  question: Question;
  response: QuestionResponse;
  onChange: (response: QuestionResponse) => void;
  maxMark: number;
  outcome: TriesOutcome;
  /** Interactive: waiting for "Réessayer". */
  locked: boolean;
  onCheck: () => void;
  onRetry: () => void;
}

const TypedPlayer = ({
  question: q,
  response,
  onChange,
  disabled,
}: Pick<QuestionPlayerProps, 'question' | 'response' | 'onChange'> & { disabled: boolean }) => {
  const { t } = useTranslation();
  const id = useId();
  if (q.type === 'shortanswer' || q.type === 'numerical') {
    const separate =
      q.type === 'numerical' && (q.showUnits === 'radio' || q.showUnits === 'select');
    return (
      <div className="field">
        <label htmlFor={id}>{t('questions.player.answer')}</label>
        <input
          id={id}
          autoComplete="off"
          disabled={disabled}
          value={typeof response.answer === 'string' ? response.answer : ''}
          onChange={(event) => {
            onChange({ ...response, answer: event.target.value });
          }}
        />
        {separate && (
          <>
            <label htmlFor={`${id}-unit`}>{t('questions.player.unit')}</label>
            <select
              id={`${id}-unit`}
              disabled={disabled}
              value={response.unit ?? ''}
              onChange={(event) => {
                onChange({ ...response, unit: event.target.value });
              }}
            >
              <option value="">{t('questions.player.choose')}</option>
              {q.units.map((unit) => (
                <option key={unit.name}>{unit.name}</option>
              ))}
            </select>
          </>
        )}
      </div>
    );
  }
  if (q.type === 'essay') {
    return (
      <div className="field">
        <label htmlFor={id}>{t('questions.player.answer')}</label>
        <textarea
          id={id}
          rows={Math.max(3, Math.min(q.responseFieldLines, 10))}
          disabled={disabled}
          value={response.text ?? ''}
          onChange={(event) => {
            onChange({ text: event.target.value });
          }}
        />
      </div>
    );
  }
  return null;
};

/**
 * One question as a participant answers it, checked try by try when the quiz's behaviour allows
 * it, then its mark and the feedback Moodle shows.
 */
export const QuestionPlayer = (props: QuestionPlayerProps) => {
  const { t, i18n } = useTranslation();
  const legendId = useId();
  const name = useId();
  const { number, question: q, response, onChange, maxMark, outcome, locked } = props;
  const disabled = outcome.finished || locked;
  const inText = q.type === 'gapselect' || q.type === 'ddwtos' || q.type === 'multianswer';
  return (
    <section className="player-question" aria-labelledby={legendId}>
      <h3 id={legendId} className="player-question__title">
        {number === null
          ? t('questions.player.information')
          : t('questions.player.questionN', { n: number })}
        {number !== null && (
          <span className="muted">
            {' '}
            — {t('questions.player.markedOutOf', { mark: formatMark(maxMark, i18n.language) })}
          </span>
        )}
      </h3>
      {!inText && <QuestionHtml text={q.text} className="player-question__text" />}
      {(q.type === 'multichoice' || q.type === 'truefalse') && (
        <ChoicePlayer
          question={q}
          response={response}
          onChange={onChange}
          name={name}
          legendId={legendId}
          disabled={disabled}
        />
      )}
      {(q.type === 'gapselect' || q.type === 'ddwtos') && (
        <GapPlayer question={q} response={response} onChange={onChange} disabled={disabled} />
      )}
      {q.type === 'multianswer' && (
        <ClozePlayer
          question={q}
          response={response}
          onChange={onChange}
          name={name}
          disabled={disabled}
        />
      )}
      {q.type === 'match' && (
        <MatchPlayer question={q} response={response} onChange={onChange} disabled={disabled} />
      )}
      {q.type === 'ordering' && (
        <OrderingPlayer
          question={q}
          response={response}
          onChange={onChange}
          legendId={legendId}
          disabled={disabled}
        />
      )}
      <TypedPlayer question={q} response={response} onChange={onChange} disabled={disabled} />
      <QuestionTries
        question={q}
        outcome={outcome}
        locked={locked}
        maxMark={maxMark}
        onCheck={props.onCheck}
        onRetry={props.onRetry}
      />
    </section>
  );
};
