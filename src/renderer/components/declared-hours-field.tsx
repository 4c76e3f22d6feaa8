import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoursChoice } from '../hooks/use-new-parcours-form';

interface DeclaredHoursFieldProps {
  choice: HoursChoice;
  otherHours: string;
  nonStandard: boolean;
  invalid: boolean;
  onChoice: (choice: HoursChoice) => void;
  onOtherHours: (value: string) => void;
}

const CHOICES: readonly HoursChoice[] = ['3', '6', '9', 'other'];

/** "Durée déclarée": 3, 6 or 9 h as the national rules expect, or another value, flagged. */
export const DeclaredHoursField = ({
  choice,
  otherHours,
  nonStandard,
  invalid,
  onChoice,
  onOtherHours,
}: DeclaredHoursFieldProps) => {
  const { t } = useTranslation();
  const name = useId();
  const otherId = useId();
  const warningId = useId();
  return (
    <fieldset className="field">
      <legend>{t('newParcours.hours')}</legend>
      <div className="choices">
        {CHOICES.map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={name}
              value={value}
              checked={choice === value}
              onChange={() => {
                onChoice(value);
              }}
            />
            {value === 'other'
              ? t('newParcours.otherHours')
              : t('newParcours.hoursValue', { hours: value })}
          </label>
        ))}
      </div>
      {choice === 'other' && (
        <div className="field">
          <label htmlFor={otherId}>{t('newParcours.otherHoursLabel')}</label>
          <input
            id={otherId}
            type="number"
            inputMode="decimal"
            min={0.5}
            max={200}
            step={0.5}
            className="input--short"
            aria-invalid={invalid}
            aria-describedby={nonStandard ? warningId : undefined}
            value={otherHours}
            onChange={(event) => {
              onOtherHours(event.target.value);
            }}
          />
          {nonStandard && (
            <p id={warningId} className="warning" role="status">
              {t('newParcours.nonStandardWarning')}
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
};
