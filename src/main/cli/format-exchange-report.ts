import type { ExchangeReport } from '../../shared/domain/exchange';

const LABELS = {
  mapped: 'repris / mapped',
  kept: 'conservé tel quel / kept as is',
  refused: 'refusé / refused',
  info: 'note',
} as const;

/** An import or export report, grouped by status, French then English on each entry. */
export const formatExchangeReport = (report: ExchangeReport): string => {
  const lines: string[] = [];
  for (const status of ['refused', 'kept', 'info', 'mapped'] as const) {
    const entries = report.entries.filter((e) => e.status === status);
    if (entries.length === 0) continue;
    lines.push(`${LABELS[status]} (${String(entries.length)})`);
    // Mapped items are the expected case: their count is enough on a terminal.
    if (status === 'mapped') continue;
    for (const e of entries) lines.push(`  ${e.item}`, `    ${e.message}`, `    ${e.messageEn}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
