import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import type { QuestionResponse } from '../../../shared/scoring/question-response';
import { answerLabel } from './answer-label';
import { QuestionHtml } from './question-html';

/** Multiple choice (radio or checkboxes) and true/false, as Moodle lays them out. */
export const ChoicePlayer = ({
  question: q,
  response,
  onChange,
  name,
  legendId,
  disabled,
}: {
  question: QuestionOf<'multichoice'> | QuestionOf<'truefalse'>;
  response: QuestionResponse;
  onChange: (response: QuestionResponse) => void;
  name: string;
  legendId: string;
  disabled: boolean;
}) => {
  const { t } = useTranslation();
  if (q.type === 'truefalse') {
    return (
      <div role="radiogroup" aria-labelledby={legendId} className="player-choices">
        {([true, false] as const).map((value) => (
          <label key={String(value)} className="choice">
            <input
              type="radio"
              name={name}
              disabled={disabled}
              checked={response.answer === value}
              onChange={() => {
                onChange({ answer: value });
              }}
            />
            {t(value ? 'questions.true' : 'questions.false')}
          </label>
        ))}
      </div>
    );
  }
  const chosen = new Set(response.choices ?? []);
  return (
    <div
      role={q.single ? 'radiogroup' : 'group'}
      aria-labelledby={legendId}
      className="player-choices"
    >
      {!q.single && <p className="field__help">{t('questions.player.severalAnswers')}</p>}
      {q.answers.map((answer, i) => (
        <label key={i} className="choice">
          <input
            type={q.single ? 'radio' : 'checkbox'}
            name={name}
            disabled={disabled}
            checked={q.single ? response.choice === i : chosen.has(i)}
            onChange={(event) => {
              if (q.single) onChange({ choice: i });
              else {
                const next = new Set(chosen);
                if (event.target.checked) next.add(i);
                else next.delete(i);
                onChange({ choices: [...next].sort((a, b) => a - b) });
              }
            }}
          />
          {answerLabel(q.answerNumbering, i)}
          <QuestionHtml text={answer.text} inline />
        </label>
      ))}
    </div>
  );
};
