import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeReport } from '../../../shared/domain/exchange';
import { REPORT_STATUSES, summarizeReport } from './summarize-report';

/**
 * What the export or import did: how many items of each status, then every item kept as it
 * was, refused or noted, with why. Converted items are only counted: they need no reading.
 */
export const ExchangeReportView = ({ report }: { report: ExchangeReport }) => {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const english = i18n.language.startsWith('en');
  const { counts, groups } = summarizeReport(report);
  return (
    <section className="exchange-report" aria-labelledby={headingId}>
      <h3 id={headingId} className="exchange-report__title">
        {t('exchange.report.title')}
      </h3>
      {report.entries.length === 0 ? (
        <p className="muted">{t('exchange.report.empty')}</p>
      ) : (
        <ul className="exchange-report__counts">
          {REPORT_STATUSES.map((status) => (
            <li
              key={status}
              className={`exchange-report__count exchange-status--${counts[status] === 0 ? 'none' : status}`}
            >
              {t(`exchange.report.count.${status}`, { count: counts[status] })}
            </li>
          ))}
        </ul>
      )}
      {groups.length === 0 && report.entries.length > 0 && (
        <p className="muted">{t('exchange.report.nothingToRead')}</p>
      )}
      {groups.map((group) => (
        <div key={group.status} className="exchange-report__group">
          <h4 className={`exchange-report__group-title exchange-status--${group.status}`}>
            {t(`exchange.report.group.${group.status}`, { count: counts[group.status] })}
          </h4>
          <ul className="exchange-report__entries">
            {group.entries.map((entry, index) => (
              // Entries have no id and may repeat (two "Section 2" lines); their order is fixed.
              <li key={index}>
                <span className="exchange-report__item">{entry.item}</span>
                {' — '}
                {english ? entry.messageEn : entry.message}
              </li>
            ))}
          </ul>
          {group.hidden > 0 && (
            <p className="muted">{t('exchange.report.more', { count: group.hidden })}</p>
          )}
        </div>
      ))}
    </section>
  );
};
