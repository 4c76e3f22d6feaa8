import { useState } from 'react';
import { STANDARD_DECLARED_HOURS } from '../../shared/domain/parcours';
import { suggestShortName } from '../state/suggest-short-name';

export type HoursChoice = '3' | '6' | '9' | 'other';

/**
 * The new-parcours form. The short name follows the title until the author edits it; the
 * declared duration is 3, 6 or 9 h, or another number that the rules will flag.
 */
export const useNewParcoursForm = () => {
  const [title, setTitle] = useState('');
  const [customShortName, setCustomShortName] = useState<string | null>(null);
  const [hoursChoice, setHoursChoice] = useState<HoursChoice>('3');
  const [otherHours, setOtherHours] = useState('');
  const shortName = customShortName ?? suggestShortName(title);
  const hours =
    hoursChoice === 'other' ? Number(otherHours.replace(',', '.')) : Number(hoursChoice);
  const hoursValid = Number.isFinite(hours) && hours >= 0.5 && hours <= 200;
  const nonStandard =
    hoursChoice === 'other' && !(STANDARD_DECLARED_HOURS as readonly number[]).includes(hours);
  return {
    title,
    setTitle,
    shortName,
    setShortName: (value: string) => {
      setCustomShortName(value);
    },
    hoursChoice,
    setHoursChoice,
    otherHours,
    setOtherHours,
    hours,
    hoursValid,
    nonStandard,
    valid: title.trim() !== '' && shortName.trim() !== '' && hoursValid,
  };
};
