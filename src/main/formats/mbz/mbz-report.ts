/** A message of the import report, in French then English. */
export interface MbzReportNote {
  fr: string;
  en: string;
}

/**
 * What became of an item: mapped to the model, kept opaque (whole, written back unchanged but
 * not editable), or refused (not imported).
 */
export type MbzOutcome = 'mapped' | 'opaque' | 'refused';

/** One item of the backup and what the import did with it. */
export interface MbzReportItem {
  kind: 'backup' | 'course' | 'section' | 'activity' | 'questions' | 'block';
  /** Where it was in the backup: `course`, `sections/section_14`, `activities/lesson_24`. */
  path: string;
  title: string;
  outcome: MbzOutcome;
  reason: MbzReportNote;
  /** What was read but not mapped, or changed on the way in. */
  notes: MbzReportNote[];
}

/** The import report of a backup. */
export interface MbzReadReport {
  source: {
    /** `4.5+ (Build: 20241205)` */
    release: string;
    moodleVersion: string;
    /** Whether the backup holds user data (`users` = 1); it is never imported. */
    users: boolean;
  };
  items: MbzReportItem[];
}

/** An item being reported: notes are added while it is read, the outcome set at the end. */
export interface MbzReportEntry {
  note: (fr: string, en: string) => void;
  done: (outcome: MbzOutcome, fr: string, en: string) => void;
}

/** Collects the report's items in the order the backup is read. */
export class MbzReportBuilder {
  readonly items: MbzReportItem[] = [];

  item(kind: MbzReportItem['kind'], path: string, title: string): MbzReportEntry {
    const item: MbzReportItem = {
      kind,
      path,
      title,
      outcome: 'mapped',
      reason: { fr: '', en: '' },
      notes: [],
    };
    this.items.push(item);
    return {
      note: (fr, en) => {
        if (!item.notes.some((n) => n.fr === fr)) item.notes.push({ fr, en });
      },
      done: (outcome, fr, en) => {
        item.outcome = outcome;
        item.reason = { fr, en };
      },
    };
  }
}
