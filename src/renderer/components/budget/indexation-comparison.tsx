import { useTranslation } from 'react-i18next';
import type { TimeBudget } from '../../../shared/domain/time-budget';
import { formatMinutes } from './format-minutes';

interface Row {
  key: 'distance' | 'presence';
  estimated: number;
  indexed: number | null;
}

/** Estimated distance and presence times against the indexation's temps à distance / présence. */
export const IndexationComparison = ({ budget }: { budget: TimeBudget }) => {
  const { t } = useTranslation();
  const rows: Row[] = [
    { key: 'distance', estimated: budget.distanceMinutes, indexed: budget.indexedDistanceMinutes },
    { key: 'presence', estimated: budget.presenceMinutes, indexed: budget.indexedPresenceMinutes },
  ];
  const gap = (row: Row): string => {
    if (row.indexed === null) return t('content.budget.indexedMissing');
    const delta = row.estimated - row.indexed;
    if (delta === 0) return t('content.budget.indexedSame');
    const amount = formatMinutes(delta, t);
    return delta > 0
      ? t('content.budget.indexedMore', { amount })
      : t('content.budget.indexedLess', { amount });
  };
  return (
    <dl className="indexation-comparison">
      {rows.map((row) => (
        <div key={row.key} className="indexation-comparison__row">
          <dt>{t(`content.budget.${row.key}`)}</dt>
          <dd>
            {t('content.budget.estimatedVsIndexed', {
              estimated: formatMinutes(row.estimated, t),
              indexed: row.indexed === null ? '—' : formatMinutes(row.indexed, t),
            })}{' '}
            <span
              className={
                row.indexed !== null && row.indexed !== row.estimated
                  ? 'indexation-comparison__gap indexation-comparison__gap--off'
                  : 'indexation-comparison__gap'
              }
            >
              ({gap(row)})
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
};
