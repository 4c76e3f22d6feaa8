import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import type { QuestionResponse } from '../../../shared/scoring/question-response';
import { QuestionHtml } from './question-html';

/** Each subquestion with a list of every answer (distractors included). */
export const MatchPlayer = ({
  question: q,
  response,
  onChange,
  disabled,
}: {
  question: QuestionOf<'match'>;
  response: QuestionResponse;
  onChange: (response: QuestionResponse) => void;
  disabled: boolean;
}) => {
  const { t } = useTranslation();
  const stems = q.subquestions.filter((s) => s.text.text.trim() !== '');
  const answers = [...new Set(q.subquestions.map((s) => s.answer.trim()))].sort((a, b) =>
    a.localeCompare(b, 'fr'),
  );
  const given = response.matches ?? [];
  return (
    <table className="player-match">
      <tbody>
        {stems.map((stem, i) => (
          <tr key={i}>
            <td>
              <QuestionHtml text={stem.text} />
            </td>
            <td>
              <select
                aria-label={t('questions.player.matchN', { n: i + 1 })}
                disabled={disabled}
                value={given[i] ?? ''}
                onChange={(event) => {
                  const next = stems.map((_, j) => given[j] ?? null);
                  next[i] = event.target.value === '' ? null : event.target.value;
                  onChange({ matches: next });
                }}
              >
                <option value="">{t('questions.player.choose')}</option>
                {answers.map((answer) => (
                  <option key={answer}>{answer}</option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
