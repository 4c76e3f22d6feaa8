import type { ExchangeReport, ExchangeReportEntry } from '../../../shared/domain/exchange';

export type ReportStatus = ExchangeReportEntry['status'];

/** The statuses in the order the report shows them; `mapped` is counted, never listed. */
export const REPORT_STATUSES: readonly ReportStatus[] = ['mapped', 'kept', 'refused', 'info'];
const LISTED: readonly ReportStatus[] = ['refused', 'kept', 'info'];

/** A report of a large backup may hold thousands of lines: the dialog lists this many per group. */
export const LISTED_PER_STATUS = 200;

export interface ReportSummary {
  counts: Record<ReportStatus, number>;
  /** What the author should read, refusals first; each group cut at `LISTED_PER_STATUS`. */
  groups: { status: ReportStatus; entries: ExchangeReportEntry[]; hidden: number }[];
}

export const summarizeReport = (report: ExchangeReport): ReportSummary => {
  const counts: Record<ReportStatus, number> = { mapped: 0, kept: 0, refused: 0, info: 0 };
  for (const entry of report.entries) counts[entry.status] += 1;
  const groups = LISTED.filter((status) => counts[status] > 0).map((status) => {
    const entries = report.entries.filter((entry) => entry.status === status);
    return {
      status,
      entries: entries.slice(0, LISTED_PER_STATUS),
      hidden: Math.max(0, entries.length - LISTED_PER_STATUS),
    };
  });
  return { counts, groups };
};
