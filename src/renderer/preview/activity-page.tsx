import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  PreviewActivity,
  PreviewModel,
  PreviewSection,
} from '../../shared/preview/preview-model';
import { ActivityBody } from './activity-body';
import { ActivityIcon } from './activity-icon';
import { AudienceBadge } from './audience-badge';
import { CompletionControl } from './completion-control';
import { formatMinutes } from './format-minutes';
import { ModalityBadge } from './modality-badge';
import { RouteLink } from './route-link';
import { SafeHtml } from './safe-html';
import type { useCompletion } from './use-completion';

const BackLink = () => {
  const { t } = useTranslation();
  return (
    <nav className="pv-back" aria-label={t('preview.activity.navigation')}>
      <RouteLink to={{ page: 'course' }}>
        <span aria-hidden="true">← </span>
        {t('preview.activity.back')}
      </RouteLink>
    </nav>
  );
};

/**
 * An activity's own page: its title, time and completion, its introduction, then what the
 * participant does there. An activity the role does not see is not found.
 */
export const ActivityPage = ({
  model,
  found,
  part,
  completion,
}: {
  model: PreviewModel;
  found: { section: PreviewSection; activity: PreviewActivity } | null;
  part: string | null;
  completion: ReturnType<typeof useCompletion>;
}) => {
  const { t } = useTranslation();
  const activity = found?.activity ?? null;
  const viewed = activity?.completion === 'viewed' ? activity.id : null;
  const { setDone } = completion;
  useEffect(() => {
    // Moodle completes a "viewed" activity when its page opens.
    if (viewed !== null) setDone(viewed, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewed]);
  if (!found || !activity)
    return (
      <>
        <BackLink />
        <h1 tabIndex={-1}>{t('preview.activity.notFound')}</h1>
        <p>{t('preview.activity.notFoundDetail')}</p>
      </>
    );
  const modality = activity.modality ?? found.section.modality;
  return (
    <>
      <BackLink />
      <article className="pv-page">
        <div className="pv-page__head">
          <ActivityIcon type={activity.type} />
          <div>
            <p className="pv-activity__type">
              {t(`preview.type.${activity.type}`)} · {found.section.title}
            </p>
            <h1 tabIndex={-1}>{activity.title}</h1>
            <p className="pv-activity__meta">
              {activity.estimatedMinutes !== null && (
                <span className="pv-time">
                  {t('preview.activity.estimated', {
                    time: formatMinutes(activity.estimatedMinutes, t),
                  })}
                </span>
              )}
              <ModalityBadge modality={modality} />
              <AudienceBadge visibleTo={activity.visibleTo} />
            </p>
          </div>
          <CompletionControl
            activity={activity}
            done={completion.done.has(activity.id)}
            onChange={(done) => {
              completion.setDone(activity.id, done);
            }}
          />
        </div>
        <SafeHtml html={activity.introHtml} className="pv-intro pv-content" />
        <ActivityBody
          activity={activity}
          model={model}
          part={part}
          onCompleted={() => {
            completion.setDone(activity.id, true);
          }}
        />
      </article>
    </>
  );
};
