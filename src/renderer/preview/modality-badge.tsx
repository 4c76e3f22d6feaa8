import { useTranslation } from 'react-i18next';
import type { Modality } from '../../shared/domain/modality';

/** How a section or activity is followed: at a distance (async or live) or in person. */
export const ModalityBadge = ({ modality }: { modality: Modality }) => {
  const { t } = useTranslation();
  return (
    <span className={`pv-badge pv-badge--${modality}`}>{t(`preview.modality.${modality}`)}</span>
  );
};
