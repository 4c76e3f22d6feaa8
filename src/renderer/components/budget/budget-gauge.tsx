import { useId } from 'react';
import type { TimeBudget } from '../../../shared/domain/time-budget';
import { MODALITIES, ModalityPatterns, patternId } from './modality-patterns';

const WIDTH = 400;
const BAR_Y = 6;
const BAR_HEIGHT = 22;

/**
 * The estimated total as a bar of the three modalities stacked, against a mark at the
 * declared duration and the ±10 % band around it. The numbers are written next to it.
 */
export const BudgetGauge = ({ budget, label }: { budget: TimeBudget; label: string }) => {
  const prefix = useId().replace(/:/g, '');
  const scale = Math.max(budget.declaredMinutes * 1.25, budget.totalMinutes * 1.05, 1);
  const x = (minutes: number) => (minutes / scale) * WIDTH;
  const segments = MODALITIES.map((modality, index) => ({
    modality,
    start: MODALITIES.slice(0, index).reduce((sum, before) => sum + budget.minutes[before], 0),
    minutes: budget.minutes[modality],
  })).filter((segment) => segment.minutes > 0);
  const declaredX = x(budget.declaredMinutes);
  return (
    <svg
      className="budget-gauge"
      viewBox={`0 0 ${WIDTH} 36`}
      role="img"
      aria-label={label}
      preserveAspectRatio="none"
    >
      <ModalityPatterns prefix={prefix} />
      <rect x="0" y={BAR_Y} width={WIDTH} height={BAR_HEIGHT} rx="3" fill="#eef1f4" />
      <rect
        x={x(budget.declaredMinutes * 0.9)}
        y={BAR_Y - 4}
        width={x(budget.declaredMinutes * 0.2)}
        height={BAR_HEIGHT + 8}
        fill="#116329"
        fillOpacity="0.12"
      />
      {segments.map((segment) => (
        <rect
          key={segment.modality}
          data-modality={segment.modality}
          x={x(segment.start)}
          y={BAR_Y}
          width={x(segment.minutes)}
          height={BAR_HEIGHT}
          fill={`url(#${patternId(prefix, segment.modality)})`}
          stroke="#ffffff"
          strokeWidth="1"
        />
      ))}
      <line
        x1={declaredX}
        x2={declaredX}
        y1={1}
        y2={BAR_Y + BAR_HEIGHT + 6}
        stroke="#1f2328"
        strokeWidth="2.5"
      />
    </svg>
  );
};
