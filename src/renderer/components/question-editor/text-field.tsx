import { useId } from 'react';

/** A one-line text of a question (a name, a short answer, a unit…). */
export const TextField = ({
  label,
  value,
  onChange,
  error = null,
  help,
  short = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  help?: string;
  short?: boolean;
}) => {
  const id = useId();
  const errorId = useId();
  const helpId = useId();
  const describedBy = [help ? helpId : null, error !== null ? errorId : null].filter(Boolean);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        autoComplete="off"
        className={short ? 'input--short' : undefined}
        value={value}
        aria-invalid={error !== null}
        aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      {help && (
        <p id={helpId} className="field__help">
          {help}
        </p>
      )}
      {error !== null && (
        <p id={errorId} className="error-text">
          {error}
        </p>
      )}
    </div>
  );
};
