import { describe, expect, it } from 'vitest';
import type { ExchangeReportEntry } from '../../../../src/shared/domain/exchange';
import {
  LISTED_PER_STATUS,
  summarizeReport,
} from '../../../../src/renderer/components/exchange/summarize-report';

const entry = (status: ExchangeReportEntry['status'], item = 'Section 1'): ExchangeReportEntry => ({
  status,
  item,
  message: 'm',
  messageEn: 'm',
});

describe('summarizeReport (the report as the dialog shows it)', () => {
  it('counts every status and lists refusals first, converted items never', () => {
    const summary = summarizeReport({
      entries: [entry('mapped'), entry('info'), entry('kept'), entry('refused'), entry('mapped')],
    });
    expect(summary.counts).toEqual({ mapped: 2, kept: 1, refused: 1, info: 1 });
    expect(summary.groups.map((group) => group.status)).toEqual(['refused', 'kept', 'info']);
  });

  it('has nothing to list when everything was converted', () => {
    expect(summarizeReport({ entries: [entry('mapped')] }).groups).toEqual([]);
  });

  it('cuts a long group and says how many lines are not shown', () => {
    const entries = Array.from({ length: LISTED_PER_STATUS + 7 }, (_, index) =>
      entry('kept', `Activité ${index}`),
    );
    const [group] = summarizeReport({ entries }).groups;
    expect(group?.entries).toHaveLength(LISTED_PER_STATUS);
    expect(group?.hidden).toBe(7);
  });
});
