import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface NumberFieldProps {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  min?: number;
  max?: number;
  integer?: boolean;
  /** An empty field means "no value" (null) instead of being refused. */
  nullable?: boolean;
  error?: string | null;
  help?: string;
}

/**
 * A number typed with a decimal comma or point. A value that is not a number in range stays in
 * the field with the reason beside it and is not passed on.
 */
export const NumberField = ({
  label,
  value,
  onChange,
  min = -Infinity,
  max = Infinity,
  integer = false,
  nullable = false,
  error = null,
  help,
}: NumberFieldProps) => {
  const { t } = useTranslation();
  const id = useId();
  const errorId = useId();
  const helpId = useId();
  const shown = value === null ? '' : String(value).replace('.', ',');
  // What the author is typing ("0," on the way to "0,5"); the value shows again on blur.
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const message = invalid ?? error;
  const describedBy = [help ? helpId : null, message !== null ? errorId : null].filter(Boolean);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        autoComplete="off"
        className="input--short"
        value={draft ?? shown}
        onBlur={() => {
          if (invalid === null) setDraft(null);
        }}
        aria-invalid={message !== null}
        aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const trimmed = text.trim().replace(',', '.');
          if (trimmed === '') {
            if (nullable) {
              setInvalid(null);
              onChange(null);
            } else setInvalid(t('questions.errors.required'));
            return;
          }
          const n = Number(trimmed);
          if (!Number.isFinite(n)) setInvalid(t('questions.errors.notANumber'));
          else if (integer && !Number.isInteger(n)) setInvalid(t('questions.errors.integer'));
          else if (n < min || n > max) setInvalid(t('questions.errors.range', { min, max }));
          else {
            setInvalid(null);
            onChange(n);
          }
        }}
      />
      {help && (
        <p id={helpId} className="field__help">
          {help}
        </p>
      )}
      {message !== null && (
        <p id={errorId} className="error-text">
          {message}
        </p>
      )}
    </div>
  );
};
