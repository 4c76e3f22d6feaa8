import { useTranslation } from 'react-i18next';
import type { PreviewActivity } from '../../shared/preview/preview-model';
import { formatMinutes } from './format-minutes';
import { formatSchedule } from './format-schedule';

type VirtualClass = Extract<PreviewActivity, { type: 'virtualClass' }>;

/** A virtual class: when it takes place, for how long, and the link to join it. */
export const VirtualClassView = ({ activity }: { activity: VirtualClass }) => {
  const { t, i18n } = useTranslation();
  return (
    <dl className="pv-facts">
      <div>
        <dt>{t('preview.virtualClass.when')}</dt>
        <dd>{formatSchedule(activity.schedule, i18n.language, t)}</dd>
      </div>
      <div>
        <dt>{t('preview.virtualClass.duration')}</dt>
        <dd>{formatMinutes(activity.durationMinutes, t)}</dd>
      </div>
      <div>
        <dt>{t('preview.virtualClass.link')}</dt>
        <dd>
          {activity.link === null ? (
            t('preview.virtualClass.noLink')
          ) : (
            <a href={activity.link} target="_blank" rel="noopener noreferrer">
              {activity.link}
              <span className="pv-visually-hidden"> {t('preview.newTab')}</span>
            </a>
          )}
        </dd>
      </div>
    </dl>
  );
};
