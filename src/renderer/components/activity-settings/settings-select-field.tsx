import { useId } from 'react';

interface SettingsSelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  error?: string | null;
}

/** A setting chosen from a list; saved as soon as it changes. */
export const SettingsSelectField = <V extends string>({
  label,
  value,
  options,
  onChange,
  error = null,
}: SettingsSelectFieldProps<V>) => {
  const id = useId();
  const errorId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? errorId : undefined}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error !== null && (
        <p id={errorId} className="error-text">
          {error}
        </p>
      )}
    </div>
  );
};
