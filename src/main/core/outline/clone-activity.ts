import { randomUUID } from 'node:crypto';
import type { Activity } from '../../../shared/domain/activity';

/** Titles are bounded by the schemas (255): a suffix never makes a copy invalid. */
const TITLE_MAX = 255;

/** `title` with " (copie)" appended, cut so that the result still fits the schema. */
export const copyTitle = (title: string): string => {
  const suffix = ' (copie)';
  return `${title.slice(0, TITLE_MAX - suffix.length)}${suffix}`;
};

/**
 * A deep copy of an activity with fresh ids everywhere an id names something the copy owns
 * (the activity itself, book chapters). References to shared things (media, questions of
 * the bank) are kept: the copy uses the same medium, it does not own it.
 */
export const cloneActivity = (activity: Activity, title: string = activity.title): Activity => {
  const copy = structuredClone(activity);
  copy.id = randomUUID();
  copy.title = title;
  if (copy.type === 'book') {
    copy.chapters = copy.chapters.map((chapter) => ({ ...chapter, id: randomUUID() }));
  }
  return copy;
};
