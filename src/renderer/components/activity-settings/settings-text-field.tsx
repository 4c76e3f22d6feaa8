import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivitySave } from '../../hooks/use-activity-save';

export type ParsedDraft =
  { patch: Record<string, unknown> } | { error: string; values?: Record<string, number> };

type Refusal = Extract<ParsedDraft, { error: string }>;

interface SettingsTextFieldProps {
  field: string;
  label: string;
  value: string;
  save: ActivitySave;
  /** The patch a typed value makes, or the i18n key of why it cannot be saved. */
  parse: (draft: string) => ParsedDraft;
  type?: 'text' | 'number' | 'url' | 'time' | 'datetime-local';
  help?: string;
  short?: boolean;
}

/**
 * A typed setting, saved ~400 ms after the last key. A value that cannot be saved stays in
 * the field with the reason beside it (it is never dropped silently); a value changed
 * elsewhere (undo) shows once the author is not typing here.
 */
export const SettingsTextField = ({
  field,
  label,
  value,
  save,
  parse,
  type = 'text',
  help,
  short = false,
}: SettingsTextFieldProps) => {
  const { t } = useTranslation();
  const id = useId();
  const helpId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<Refusal | null>(null);
  useEffect(() => {
    if (document.activeElement !== input.current && invalid === null) setDraft(null);
  }, [value, invalid]);
  const serverError = save.errorOf(field);
  const error = invalid !== null ? t(invalid.error, invalid.values) : serverError;
  const describedBy = [help ? helpId : null, error !== null ? errorId : null].filter(Boolean);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={input}
        id={id}
        type={type}
        autoComplete="off"
        className={short ? 'input--short' : undefined}
        value={draft ?? value}
        aria-invalid={error !== null}
        aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          const parsed = parse(next);
          if ('error' in parsed) {
            setInvalid(parsed);
            save.cancel(field);
          } else {
            setInvalid(null);
            save.saveLater(field, parsed.patch);
          }
        }}
        onBlur={() => {
          save.flush(field);
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
