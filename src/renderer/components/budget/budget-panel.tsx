import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTimeBudget } from '../../hooks/use-time-budget';
import { BudgetGauge } from './budget-gauge';
import { BudgetSummary, budgetDeltaText } from './budget-summary';
import { formatMinutes } from './format-minutes';
import { IndexationComparison } from './indexation-comparison';
import { ModalityLegend } from './modality-legend';
import { PhaseTimeline } from './phase-timeline';
import { phaseTimelineLayout } from './phase-timeline-layout';
import '../../styles/content-common.css';
import '../../styles/budget.css';

/**
 * "Budget temps" of a parcours: estimated minutes per modality against the declared
 * duration and the indexation, and the phases on a timeline. Live: it reads the outline cache.
 */
export const BudgetPanel = ({ parcoursId }: { parcoursId: string }) => {
  const { t } = useTranslation();
  const headingId = useId();
  const prefix = useId().replace(/:/g, '');
  const { budget, outline } = useTimeBudget(parcoursId);
  const layout = useMemo(
    () => (budget && outline ? phaseTimelineLayout(outline, budget) : null),
    [budget, outline],
  );
  return (
    <section className="budget-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="budget-panel__title">
        {t('content.budget.title')}
      </h2>
      {budget === null || layout === null ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          <BudgetSummary budget={budget} />
          <BudgetGauge
            budget={budget}
            label={t('content.budget.gaugeLabel', {
              total: formatMinutes(budget.totalMinutes, t),
              declared: formatMinutes(budget.declaredMinutes, t),
              delta: budgetDeltaText(budget, t),
            })}
          />
          <ModalityLegend budget={budget} prefix={prefix} />
          <IndexationComparison budget={budget} />
          <details className="budget-panel__timeline" open>
            <summary>{t('content.timeline.toggle')}</summary>
            <PhaseTimeline layout={layout} />
          </details>
        </>
      )}
    </section>
  );
};
