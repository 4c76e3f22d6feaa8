import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import { parseClozeParts } from '../../../shared/domain/question-cloze-parts';
import type { QuestionResponse } from '../../../shared/scoring/question-response';
import { TextWithFields } from './text-with-fields';

type PartValue = NonNullable<QuestionResponse['parts']>[number];

/** A cloze text with its parts as fields: text boxes, lists, radio buttons or checkboxes. */
export const ClozePlayer = ({
  question: q,
  response,
  onChange,
  name,
  disabled,
}: {
  question: QuestionOf<'multianswer'>;
  response: QuestionResponse;
  onChange: (response: QuestionResponse) => void;
  name: string;
  disabled: boolean;
}) => {
  const { t } = useTranslation();
  const parts = parseClozeParts(q.text.text);
  const given = response.parts ?? [];
  const set = (i: number, value: PartValue) => {
    const next = [...given];
    while (next.length < parts.length) next.push(null);
    next[i] = value;
    onChange({ parts: next });
  };
  const field = (i: number): React.ReactNode => {
    const part = parts[i];
    if (!part) return null;
    const label = t('questions.player.partN', { n: i + 1 });
    const value = given[i] ?? null;
    if (part.kind === 'shortanswer' || part.kind === 'numerical') {
      return (
        <input
          aria-label={label}
          className="input--short"
          disabled={disabled}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => {
            set(i, event.target.value);
          }}
        />
      );
    }
    if (part.kind === 'multichoice' && part.display === 'dropdown') {
      return (
        <select
          aria-label={label}
          disabled={disabled}
          value={typeof value === 'number' ? value : ''}
          onChange={(event) => {
            set(i, event.target.value === '' ? null : Number(event.target.value));
          }}
        >
          <option value="">{t('questions.player.choose')}</option>
          {part.answers.map((a, j) => (
            <option key={j} value={j}>
              {a.text}
            </option>
          ))}
        </select>
      );
    }
    const multi = part.kind === 'multiresponse';
    const chosen = Array.isArray(value) ? value : [];
    return (
      <span
        role={multi ? 'group' : 'radiogroup'}
        aria-label={label}
        className="player-inline-choices"
      >
        {part.answers.map((a, j) => (
          <label key={j} className="choice">
            <input
              type={multi ? 'checkbox' : 'radio'}
              name={`${name}-part${i}`}
              disabled={disabled}
              checked={multi ? chosen.includes(j) : value === j}
              onChange={(event) => {
                if (!multi) set(i, j);
                else set(i, event.target.checked ? [...chosen, j] : chosen.filter((c) => c !== j));
              }}
            />
            {a.text}
          </label>
        ))}
      </span>
    );
  };
  return <TextWithFields text={q.text} places={parts} renderField={field} />;
};
