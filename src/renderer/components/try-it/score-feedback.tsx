import { useTranslation } from 'react-i18next';
import type { Question } from '../../../shared/domain/question';
import type { ScoreResult } from '../../../shared/scoring/score-result';
import { formatMark } from './format-mark';
import { QuestionHtml } from './question-html';

/** The state, mark and feedback of an answered question, as Moodle's review shows them. */
export const ScoreFeedback = ({
  result,
  maxMark,
  question,
}: {
  result: ScoreResult;
  maxMark: number;
  question: Question;
}) => {
  const { t, i18n } = useTranslation();
  const { feedback } = result;
  return (
    <div className={`player-feedback player-feedback--${result.state}`}>
      <p className="player-feedback__state">
        <strong>{t(`questions.state.${result.state}`)}</strong>
        {result.fraction !== null && (
          <>
            {' — '}
            {t('questions.player.mark', {
              mark: formatMark(result.fraction * maxMark, i18n.language),
              max: formatMark(maxMark, i18n.language),
            })}
          </>
        )}
      </p>
      {feedback.answer?.map((text, i) =>
        text.text === '' ? null : (
          <QuestionHtml key={i} text={text} className="player-feedback__answer" />
        ),
      )}
      {feedback.combined && feedback.combined.text !== '' && (
        <QuestionHtml text={feedback.combined} className="player-feedback__combined" />
      )}
      {feedback.general.text !== '' && question.type !== 'description' && (
        <QuestionHtml text={feedback.general} className="player-feedback__general" />
      )}
    </div>
  );
};
