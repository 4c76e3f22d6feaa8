import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import type { QuestionResponse } from '../../../shared/scoring/question-response';
import { QuestionHtml } from './question-html';

/** A gap select text: each `[[n]]` is a list of the choices of choice n's group. */
export const GapPlayer = ({
  question: q,
  response,
  onChange,
  disabled,
}: {
  question: QuestionOf<'gapselect'> | QuestionOf<'ddwtos'>;
  response: QuestionResponse;
  onChange: (response: QuestionResponse) => void;
  disabled: boolean;
}) => {
  const { t } = useTranslation();
  const pieces = q.text.text.split(/\[\[(\d+)\]\]/);
  const gaps = response.gaps ?? [];
  return (
    <div className="player-text">
      {pieces.map((piece, i) => {
        if (i % 2 === 0) return <QuestionHtml key={i} text={{ ...q.text, text: piece }} inline />;
        const index = (i - 1) / 2;
        const group = q.choices[Number(piece) - 1]?.group ?? 1;
        return (
          <select
            key={i}
            aria-label={t('questions.player.gapN', { n: index + 1 })}
            disabled={disabled}
            value={gaps[index] ?? ''}
            onChange={(event) => {
              const next = [...gaps];
              while (next.length <= index) next.push(null);
              next[index] = event.target.value === '' ? null : Number(event.target.value);
              onChange({ gaps: next });
            }}
          >
            <option value="">{t('questions.player.choose')}</option>
            {q.choices.map((choice, c) =>
              choice.group === group ? (
                <option key={c} value={c + 1}>
                  {choice.text}
                </option>
              ) : null,
            )}
          </select>
        );
      })}
    </div>
  );
};
