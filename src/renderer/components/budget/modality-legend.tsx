import { useTranslation } from 'react-i18next';
import type { TimeBudget } from '../../../shared/domain/time-budget';
import { formatMinutes } from './format-minutes';
import { MODALITIES, ModalitySwatch } from './modality-patterns';

/** Each modality's swatch (colour and texture) with its minutes. */
export const ModalityLegend = ({ budget, prefix }: { budget: TimeBudget; prefix: string }) => {
  const { t } = useTranslation();
  return (
    <ul className="modality-legend">
      {MODALITIES.map((modality) => (
        <li key={modality} data-modality={modality}>
          <ModalitySwatch modality={modality} prefix={`${prefix}-${modality}`} />
          <span>
            {t('content.budget.legendItem', { modality: t(`content.modality.${modality}`) })}{' '}
            <strong>{formatMinutes(budget.minutes[modality], t)}</strong>
          </span>
        </li>
      ))}
    </ul>
  );
};
