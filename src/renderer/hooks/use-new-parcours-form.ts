import { useState } from 'react';
import { STANDARD_DECLARED_HOURS } from '../../shared/domain/parcours';
import { suggestShortName } from '../state/suggest-short-name';

export type HoursChoice = '3' | '6' | '9' | 'other';

/** "blank", or a gabarit as `source:id` (the value of the "Point de départ" select). */
export type StartChoice = string;

const initialHoursChoice = (hours: number | undefined): HoursChoice => {
  if (hours === undefined) return '3';
  return hours === 3 || hours === 6 || hours === 9 ? (String(hours) as HoursChoice) : 'other';
};

/**
 * The new-parcours form (also the edit form of an existing parcours: `initial`). The short name follows the title until the author edits it; the
 * declared duration is 3, 6 or 9 h, or another number that the rules will flag.
 */
export const useNewParcoursForm = (initial?: { title: string; hours: number }) => {
  const [start, setStart] = useState<StartChoice>('blank');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [customShortName, setCustomShortName] = useState<string | null>(null);
  const initialChoice = initialHoursChoice(initial?.hours);
  const [hoursChoice, setHoursChoice] = useState<HoursChoice>(initialChoice);
  const [otherHours, setOtherHours] = useState(
    initialChoice === 'other' && initial ? String(initial.hours) : '',
  );
  const blank = start === 'blank';
  const shortName = customShortName ?? suggestShortName(title);
  const hours =
    hoursChoice === 'other' ? Number(otherHours.replace(',', '.')) : Number(hoursChoice);
  const hoursValid = Number.isFinite(hours) && hours >= 0.5 && hours <= 200;
  const nonStandard =
    hoursChoice === 'other' && !(STANDARD_DECLARED_HOURS as readonly number[]).includes(hours);
  return {
    start,
    setStart,
    blank,
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
    // From a gabarit, title and short name may stay empty: the gabarit's are used.
    valid: blank ? title.trim() !== '' && shortName.trim() !== '' && hoursValid : true,
  };
};
