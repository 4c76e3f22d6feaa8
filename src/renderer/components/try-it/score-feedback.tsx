import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../shared/domain/question';
import type { ScoreResult } from '../../../shared/scoring/score-result';
import { formatMark } from './format-mark';
import { QuestionHtml } from './question-html';

/**
 * The state, mark and feedback of an answered question, as Moodle's review shows them. While a
 * question may still be tried, Moodle hides the mark (interactive) or gives its own details
 * (adaptive), and keeps the general feedback for the end.
 */
export const ScoreFeedback = ({
  result,
  maxMark,
  question,
  showMark = true,
  showGeneral = true,
  details = [],
  children,
}: {
  result: ScoreResult;
  maxMark: number;
  question: Question;
  showMark?: boolean;
  showGeneral?: boolean;
  /** Sentences after the state line (adaptive's marks for this try). */
  details?: string[];
  /** Shown last, inside the feedback: a hint, the tries left. */
  children?: ReactNode;
}) => {
  const { t, i18n } = useTranslation();
  const { feedback } = result;
  return (
    <div className={`player-feedback player-feedback--${result.state}`}>
      <p className="player-feedback__state">
        <strong>{t(`questions.state.${result.state}`)}</strong>
        {showMark && result.fraction !== null && (
          <>
            {' — '}
            {t('questions.player.mark', {
              mark: formatMark(result.fraction * maxMark, i18n.language),
              max: formatMark(maxMark, i18n.language),
            })}
          </>
        )}
      </p>
      {details.length > 0 && <p className="player-feedback__details">{details.join(' ')}</p>}
      {feedback.answer?.map((text, i) =>
        text.text === '' ? null : (
          <QuestionHtml key={i} text={text} className="player-feedback__answer" />
        ),
      )}
      {feedback.combined && feedback.combined.text !== '' && (
        <QuestionHtml text={feedback.combined} className="player-feedback__combined" />
      )}
      {showGeneral && feedback.general.text !== '' && question.type !== 'description' && (
        <QuestionHtml text={feedback.general} className="player-feedback__general" />
      )}
      {children}
    </div>
  );
};
