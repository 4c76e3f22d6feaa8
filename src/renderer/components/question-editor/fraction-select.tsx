import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MOODLE_FRACTIONS, matchMoodleFraction } from '../../../shared/domain/question-fraction';

const percent = (fraction: number): string =>
  `${String(Math.round(fraction * 100000) / 1000).replace('.', ',')} %`;

/** A grade chosen from Moodle's fixed list (100 % … 5 %, none, and the negative ones). */
export const FractionSelect = ({
  label,
  value,
  onChange,
  allowNegative = true,
}: {
  label: string;
  value: number;
  onChange: (fraction: number) => void;
  allowNegative?: boolean;
}) => {
  const { t } = useTranslation();
  const id = useId();
  const options = MOODLE_FRACTIONS.filter((f) => allowNegative || f >= 0);
  const current = matchMoodleFraction(value) ?? value;
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={String(current)}
        onChange={(event) => {
          onChange(Number(event.target.value));
        }}
      >
        {options.map((fraction) => (
          <option key={fraction} value={String(fraction)}>
            {fraction === 0 ? t('questions.fraction.none') : percent(fraction)}
          </option>
        ))}
      </select>
    </div>
  );
};
