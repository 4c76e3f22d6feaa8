import { useId, useState } from 'react';

/**
 * A list edited as lines of a text area (one option a line). What is typed stays as typed
 * (empty lines included) while the field has focus; the parsed list is passed on at each key.
 */
export const OptionLinesField = ({
  label,
  help,
  lines,
  onChange,
  onBlur,
  error = null,
}: {
  label: string;
  help: string;
  lines: string[];
  onChange: (lines: string[]) => void;
  onBlur: () => void;
  error?: string | null;
}) => {
  const id = useId();
  const helpId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={Math.min(Math.max(lines.length + 1, 3), 12)}
        value={draft ?? lines.join('\n')}
        aria-invalid={error !== null}
        aria-describedby={error === null ? helpId : `${helpId} ${errorId}`}
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(
            event.target.value
              .split('\n')
              .map((line) => line.trim())
              .filter((line) => line !== ''),
          );
        }}
        onBlur={() => {
          setDraft(null);
          onBlur();
        }}
      />
      <p id={helpId} className="field__help">
        {help}
      </p>
      {error !== null && (
        <p id={errorId} className="error-text">
          {error}
        </p>
      )}
    </div>
  );
};
