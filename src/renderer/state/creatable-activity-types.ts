import type { ActivityType } from '../../shared/domain/activity';

/**
 * The types an author can add, in the order the "Ajouter une activité" dialog lists them:
 * content first, then exchanges, then what participants hand in. `foreign` only comes
 * from an imported Moodle backup.
 */
export const CREATABLE_ACTIVITY_TYPES: readonly ActivityType[] = [
  'page',
  'label',
  'url',
  'file',
  'book',
  'forum',
  'wiki',
  'glossary',
  'virtualClass',
  'assignment',
  'quiz',
  'feedback',
  'choice',
  'logbook',
];
