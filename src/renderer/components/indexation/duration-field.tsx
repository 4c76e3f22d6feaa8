import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface DurationFieldProps {
  legend: string;
  minutes: number | null;
  onChange: (minutes: number | null) => void;
}

const toNumber = (value: string): number => {
  const parsed = Number.parseInt(value, 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : 0;
};

/** A duration in hours and minutes (stored in minutes; both empty means not filled in). */
export const DurationField = ({ legend, minutes, onChange }: DurationFieldProps) => {
  const { t } = useTranslation();
  const hoursId = useId();
  const minutesId = useId();
  const hours = minutes === null ? '' : String(Math.floor(minutes / 60));
  const rest = minutes === null ? '' : String(minutes % 60);
  const set = (nextHours: string, nextMinutes: string) => {
    if (nextHours === '' && nextMinutes === '') {
      onChange(null);
      return;
    }
    onChange(Math.min(100_000, toNumber(nextHours) * 60 + Math.min(59, toNumber(nextMinutes))));
  };
  return (
    <fieldset className="field duration-field">
      <legend>{legend}</legend>
      <div className="duration-field__inputs">
        <input
          id={hoursId}
          type="number"
          min={0}
          max={1666}
          inputMode="numeric"
          className="input--short"
          value={hours}
          onChange={(event) => {
            set(event.target.value, rest);
          }}
        />
        <label htmlFor={hoursId}>{t('content.indexation.hours')}</label>
        <input
          id={minutesId}
          type="number"
          min={0}
          max={59}
          inputMode="numeric"
          className="input--short"
          value={rest}
          onChange={(event) => {
            set(hours, event.target.value);
          }}
        />
        <label htmlFor={minutesId}>{t('content.indexation.minutes')}</label>
      </div>
    </fieldset>
  );
};
