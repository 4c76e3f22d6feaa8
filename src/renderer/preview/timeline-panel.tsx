import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Modality } from '../../shared/domain/modality';
import type { PreviewSection } from '../../shared/preview/preview-model';
import { formatMinutes } from './format-minutes';
import { formatPhase } from './format-phase';
import { groupTimeline } from './group-timeline';

// Written out: the domain's zod schemas stay out of the preview bundle.
const MODALITIES: readonly Modality[] = ['distance-async', 'distance-sync', 'presentiel'];

/**
 * The hybrid timeline: the parcours's periods in order, each section with its modality and
 * time. A bar drawn to scale sums it up for the eye; the list says the same in words.
 */
export const TimelinePanel = ({ sections }: { sections: readonly PreviewSection[] }) => {
  const { t } = useTranslation();
  const titleId = useId();
  const groups = groupTimeline(sections);
  const total = groups.reduce((sum, group) => sum + group.minutes, 0);
  return (
    <section className="pv-panel pv-timeline" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('preview.timeline.title')}</h2>
      {total > 0 && (
        <div className="pv-timeline__bar" aria-hidden="true">
          {groups.flatMap((group) =>
            group.entries.flatMap((entry) =>
              MODALITIES.filter((m) => entry.minutesByModality[m] > 0).map((m) => (
                <span
                  key={`${entry.sectionId}-${m}`}
                  className={`pv-timeline__segment pv-modality--${m}`}
                  style={{ flexGrow: entry.minutesByModality[m] }}
                />
              )),
            ),
          )}
        </div>
      )}
      <ol className="pv-timeline__groups">
        {groups.map((group, index) => (
          <li key={index} className="pv-timeline__group">
            <p className="pv-timeline__phase">
              <strong>{formatPhase(group.phase, t)}</strong>
              {group.minutes > 0 && <span> · {formatMinutes(group.minutes, t)}</span>}
            </p>
            <ol className="pv-timeline__entries">
              {group.entries.map((entry) => (
                <li key={entry.sectionId} className="pv-timeline__entry">
                  <span className={`pv-timeline__dot pv-modality--${entry.modality}`} />
                  <span className="pv-timeline__name">{entry.title}</span>
                  <span className="pv-timeline__detail">
                    {t(`preview.modality.${entry.modality}`)}
                    {entry.minutes > 0 && ` · ${formatMinutes(entry.minutes, t)}`}
                  </span>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
};
