/**
 * A ddwtos choice's group and "infinite" flag, which Moodle keeps PHP-serialized in the
 * answer's `feedback` column (`qtype_ddwtos::choice_options_to_feedback`).
 */
export const ddwtosFeedback = {
  write: (group: number, infinite: boolean): string => {
    const g = String(group);
    return `O:8:"stdClass":2:{s:9:"draggroup";s:${String(g.length)}:"${g}";s:8:"infinite";b:${infinite ? 1 : 0};}`;
  },
  /** Reads what Moodle wrote (string or integer group, boolean or integer flag). */
  read: (feedback: string): { group: number; infinite: boolean } => {
    const group = /"draggroup";(?:s:\d+:"(\d+)"|i:(\d+))/.exec(feedback);
    const infinite = /"infinite";(?:b|i):([01])/.exec(feedback);
    return {
      group: Number(group?.[1] ?? group?.[2] ?? 1) || 1,
      infinite: infinite?.[1] === '1',
    };
  },
};
