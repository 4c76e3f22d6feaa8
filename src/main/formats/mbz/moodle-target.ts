/** The Moodle versions a backup is written for. M@gistère runs 4.1; 4.5 is the current LTS. */
export const MOODLE_TARGETS = ['4.1', '4.5'] as const;
export type MoodleTarget = (typeof MOODLE_TARGETS)[number];

/**
 * What the manifest declares for each target (reference README §4 and §13.7): a backup declared
 * below 4.0 has its question bank read in the pre-4.0 layout, so these must stay truthful.
 */
export const MOODLE_VERSIONS: Record<
  MoodleTarget,
  {
    moodleVersion: string;
    moodleRelease: string;
    backupVersion: string;
    backupRelease: string;
    pluginVersion: string;
  }
> = {
  '4.1': {
    moodleVersion: '2022112800',
    moodleRelease: '4.1',
    backupVersion: '2022112800',
    backupRelease: '4.1',
    pluginVersion: '2022112800',
  },
  '4.5': {
    moodleVersion: '2024100700',
    moodleRelease: '4.5',
    backupVersion: '2024100700',
    backupRelease: '4.5',
    pluginVersion: '2024100700',
  },
};
