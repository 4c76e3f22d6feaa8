import type { Migration } from './migration';

/**
 * Who made a medium and under which licence (a Moodle licence short name such as `cc-4.0`,
 * or one a site defines). Moodle keeps both on every file and a backup carries them; empty
 * means not stated. Rows written before this schema (in the undo journal too) read as empty.
 */
export const migration005MediaCredits: Migration = {
  version: 5,
  name: 'media-credits',
  up(db) {
    db.exec(`
      ALTER TABLE media ADD COLUMN author TEXT NOT NULL DEFAULT '';
      ALTER TABLE media ADD COLUMN licence TEXT NOT NULL DEFAULT '';
    `);
  },
};
