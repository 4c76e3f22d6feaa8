import { migration001Initial } from './001-initial';
import { migration002UndoJournal } from './002-undo-journal';
import { migration003MediaLibrary } from './003-media-library';
import { migration004QuestionBank } from './004-question-bank';
import { migration005MediaCredits } from './005-media-credits';
import type { Migration } from './migration';

/** Every migration ever released, in order. Append only. */
export const migrationList: readonly Migration[] = [
  migration001Initial,
  migration002UndoJournal,
  migration003MediaLibrary,
  migration004QuestionBank,
  migration005MediaCredits,
];

/** The schema this build writes: the last migration's version. */
export const SCHEMA_VERSION = migrationList.length;
