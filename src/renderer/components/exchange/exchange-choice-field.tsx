import { useId } from 'react';

interface Choice<T extends string> {
  value: T;
  label: string;
  /** A line under the label, read with it (`aria-describedby`). */
  help?: string;
}

interface ExchangeChoiceFieldProps<T extends string> {
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  /** The checked radio takes the dialog's first focus. */
  autoFocus?: boolean;
}

/** A group of radios with a legend, each choice with an optional help line. */
export const ExchangeChoiceField = <T extends string>({
  legend,
  choices,
  value,
  onChange,
  autoFocus = false,
}: ExchangeChoiceFieldProps<T>) => {
  const name = useId();
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      <div className={choices.some((choice) => choice.help) ? 'exchange-choices' : 'choices'}>
        {choices.map((choice) => {
          const helpId = `${name}-${choice.value}-help`;
          return (
            <div key={choice.value} className="exchange-choice">
              <label className="choice">
                <input
                  type="radio"
                  name={name}
                  value={choice.value}
                  checked={choice.value === value}
                  data-autofocus={autoFocus && choice.value === value ? true : undefined}
                  aria-describedby={choice.help === undefined ? undefined : helpId}
                  onChange={() => {
                    onChange(choice.value);
                  }}
                />
                {choice.label}
              </label>
              {choice.help !== undefined && (
                <p id={helpId} className="field__help exchange-choice__help">
                  {choice.help}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
};
