const DAY_MS = 86_400_000;

export interface DatedSnapshot {
  id: string;
  createdAt: string;
}

/**
 * The retention rule (D4). Keep:
 * - the 10 most recent snapshots, whatever their age (the last minutes of work);
 * - plus the newest snapshot of each of the last 7 days (day k = k·24 h before `now`);
 * - plus the newest snapshot of each of the last 4 weeks (week k = k·7 days before `now`).
 * Everything else is deleted. Days and weeks count back from `now`, not from calendar
 * boundaries, so the rule does not depend on the machine's time zone.
 * Returns the ids to keep.
 */
export const selectRetainedSnapshots = (
  snapshots: readonly DatedSnapshot[],
  now: Date,
): Set<string> => {
  const newestFirst = [...snapshots].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set(newestFirst.slice(0, 10).map((s) => s.id));
  const seenDays = new Set<number>();
  const seenWeeks = new Set<number>();
  for (const snapshot of newestFirst) {
    const age = Math.max(0, now.getTime() - Date.parse(snapshot.createdAt));
    const day = Math.floor(age / DAY_MS);
    const week = Math.floor(age / (7 * DAY_MS));
    if (day < 7 && !seenDays.has(day)) {
      seenDays.add(day);
      keep.add(snapshot.id);
    }
    if (week < 4 && !seenWeeks.has(week)) {
      seenWeeks.add(week);
      keep.add(snapshot.id);
    }
  }
  return keep;
};
