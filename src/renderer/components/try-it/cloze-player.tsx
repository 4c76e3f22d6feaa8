import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import { parseClozeParts } from '../../../shared/domain/question-cloze-parts';
import type { QuestionResponse } from '../../../shared/scoring/question-response';
import { QuestionHtml } from './question-html';

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
  const nodes: React.ReactNode[] = [];
  let at = 0;
  parts.forEach((part, i) => {
    nodes.push(
      <QuestionHtml
        key={`t${i}`}
        text={{ ...q.text, text: q.text.text.slice(at, part.start) }}
        inline
      />,
    );
    at = part.end;
    const label = t('questions.player.partN', { n: i + 1 });
    const value = given[i] ?? null;
    if (part.kind === 'shortanswer' || part.kind === 'numerical') {
      nodes.push(
        <input
          key={`p${i}`}
          aria-label={label}
          className="input--short"
          disabled={disabled}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => {
            set(i, event.target.value);
          }}
        />,
      );
    } else if (part.kind === 'multichoice' && part.display === 'dropdown') {
      nodes.push(
        <select
          key={`p${i}`}
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
        </select>,
      );
    } else {
      const multi = part.kind === 'multiresponse';
      const chosen = Array.isArray(value) ? value : [];
      nodes.push(
        <span
          key={`p${i}`}
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
                  else
                    set(i, event.target.checked ? [...chosen, j] : chosen.filter((c) => c !== j));
                }}
              />
              {a.text}
            </label>
          ))}
        </span>,
      );
    }
  });
  nodes.push(<QuestionHtml key="end" text={{ ...q.text, text: q.text.text.slice(at) }} inline />);
  return <div className="player-text">{nodes}</div>;
};
