import { useTranslation } from 'react-i18next';
import type { Modality } from '../../shared/domain/modality';
import type { PreviewActivity } from '../../shared/preview/preview-model';
import { ActivityIcon } from './activity-icon';
import { AudienceBadge } from './audience-badge';
import { CompletionControl } from './completion-control';
import { formatMinutes } from './format-minutes';
import { ModalityBadge } from './modality-badge';
import { restrictedReaders } from './restricted-readers';
import { RouteLink } from './route-link';
import type { useCompletion } from './use-completion';

/** One activity of the course page: its type, title (to its page), time, modality, completion. */
export const ActivityItem = ({
  activity,
  sectionModality,
  completion,
}: {
  activity: PreviewActivity;
  sectionModality: Modality;
  completion: ReturnType<typeof useCompletion>;
}) => {
  const { t } = useTranslation();
  const own = activity.modality !== null && activity.modality !== sectionModality;
  return (
    <li className="pv-activity">
      <ActivityIcon type={activity.type} />
      <div className="pv-activity__body">
        <span className="pv-activity__type">{t(`preview.type.${activity.type}`)}</span>
        <RouteLink
          className="pv-activity__title"
          to={{ page: 'activity', activityId: activity.id, part: null }}
          data-activity-link={activity.id}
        >
          {activity.title}
        </RouteLink>
        {(activity.estimatedMinutes !== null || own || restrictedReaders(activity.visibleTo)) && (
          <p className="pv-activity__meta">
            {activity.estimatedMinutes !== null && (
              <span className="pv-time">
                <span className="pv-visually-hidden">{t('preview.course.estimated')} </span>
                {formatMinutes(activity.estimatedMinutes, t)}
              </span>
            )}
            {own && activity.modality !== null && <ModalityBadge modality={activity.modality} />}
            <AudienceBadge visibleTo={activity.visibleTo} />
          </p>
        )}
      </div>
      <CompletionControl
        activity={activity}
        done={completion.done.has(activity.id)}
        onChange={(done) => {
          completion.setDone(activity.id, done);
        }}
      />
    </li>
  );
};
