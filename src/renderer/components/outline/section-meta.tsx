import { useTranslation } from 'react-i18next';
import type { OutlineSectionData } from '../../state/outline-rows';

/** A section's modality, phase, total estimated time and, when so, that participants don't see it. */
export const SectionMeta = ({ section }: { section: OutlineSectionData }) => {
  const { t } = useTranslation();
  const minutes = section.activities.reduce((sum, a) => sum + (a.estimatedMinutes ?? 0), 0);
  const phase =
    section.phase.kind === 'week'
      ? t('outline.phase.weekShort', { week: section.phase.week })
      : section.phase.kind === 'offset'
        ? t('outline.phase.offsetShort', { days: section.phase.days })
        : null;
  return (
    <p className="section-meta">
      <span className={`modality-badge modality-badge--${section.modality}`}>
        {t(`outline.modality.${section.modality}`)}
      </span>
      {phase !== null && <span className="section-meta__item">{phase}</span>}
      <span className="section-meta__item">
        {t('outline.activityCount', { count: section.activities.length })}
        {minutes > 0 && ` · ${t('outline.minutes', { count: minutes })}`}
      </span>
      {!section.visibleTo.includes('participant') && (
        <span className="hidden-marker">{t('outline.hiddenFromParticipants')}</span>
      )}
    </p>
  );
};
