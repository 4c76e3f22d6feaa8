import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import type { QuestionResponse } from '../../../shared/scoring/question-response';
import { TextWithFields } from './text-with-fields';

/** A gap select or drag-and-drop text: each `[[n]]` is a list of the choices of choice n's group. */
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
  const places = [...q.text.text.matchAll(/\[\[(\d+)\]\]/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    choice: Number(m[1]),
  }));
  const gaps = response.gaps ?? [];
  return (
    <TextWithFields
      text={q.text}
      places={places}
      renderField={(index) => {
        const group = q.choices[(places[index]?.choice ?? 1) - 1]?.group ?? 1;
        return (
          <select
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
      }}
    />
  );
};
