import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewSection } from '../../shared/preview/preview-model';
import { ActivityItem } from './activity-item';
import { AudienceBadge } from './audience-badge';
import { formatPhase } from './format-phase';
import { LabelItem } from './label-item';
import { ModalityBadge } from './modality-badge';
import { SafeHtml } from './safe-html';
import type { useCompletion } from './use-completion';

/** A section of the course page: title, modality and phase, summary, then its activities. */
export const SectionBlock = ({
  section,
  completion,
}: {
  section: PreviewSection;
  completion: ReturnType<typeof useCompletion>;
}) => {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="pv-section" aria-labelledby={titleId}>
      <div className="pv-section__head">
        <h2 id={titleId}>{section.title}</h2>
        <p className="pv-section__facts">
          <ModalityBadge modality={section.modality} />
          {section.phase.kind !== 'none' && (
            <span className="pv-badge pv-badge--phase">{formatPhase(section.phase, t)}</span>
          )}
          <AudienceBadge visibleTo={section.visibleTo} />
        </p>
      </div>
      <SafeHtml html={section.summaryHtml} className="pv-section__summary pv-content" />
      {section.activities.length === 0 ? (
        <p className="muted">{t('preview.course.noActivity')}</p>
      ) : (
        <ul className="pv-activities">
          {section.activities.map((activity) =>
            activity.type === 'label' ? (
              <LabelItem key={activity.id} label={activity} completion={completion} />
            ) : (
              <ActivityItem
                key={activity.id}
                activity={activity}
                sectionModality={section.modality}
                completion={completion}
              />
            ),
          )}
        </ul>
      )}
    </section>
  );
};
