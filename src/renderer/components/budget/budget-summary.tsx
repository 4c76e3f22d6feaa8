import { useTranslation } from 'react-i18next';
import type { TimeBudget } from '../../../shared/domain/time-budget';
import { formatMinutes } from './format-minutes';

/** The over/under delta in words: "45 min au-dessus du budget". */
export const budgetDeltaText = (budget: TimeBudget, t: ReturnType<typeof useTranslation>['t']) => {
  if (budget.deltaMinutes === 0) return t('content.budget.exact');
  const amount = formatMinutes(budget.deltaMinutes, t);
  return budget.deltaMinutes > 0
    ? t('content.budget.over', { amount })
    : t('content.budget.under', { amount });
};

/** Total against the declared duration, and how far off it is, in words and in colour. */
export const BudgetSummary = ({ budget }: { budget: TimeBudget }) => {
  const { t } = useTranslation();
  const state = budget.withinTolerance ? 'ok' : budget.deltaMinutes > 0 ? 'over' : 'under';
  return (
    <div className="budget-summary">
      <p className="budget-summary__total" data-testid="budget-total">
        {t('content.budget.total', {
          total: formatMinutes(budget.totalMinutes, t),
          declared: formatMinutes(budget.declaredMinutes, t),
        })}
      </p>
      <p
        className={`budget-summary__delta budget-summary__delta--${state}`}
        data-testid="budget-delta"
      >
        <span className="budget-summary__icon" aria-hidden="true">
          {state === 'ok' ? '✓' : '!'}
        </span>
        {budgetDeltaText(budget, t)}
        {budget.withinTolerance &&
          budget.deltaMinutes !== 0 &&
          ` ${t('content.budget.withinTolerance')}`}
      </p>
      {budget.unestimated > 0 && (
        <p className="budget-summary__missing">
          {t('content.budget.unestimated', { count: budget.unestimated })}
        </p>
      )}
    </div>
  );
};
