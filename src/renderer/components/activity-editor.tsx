import { useTranslation } from 'react-i18next';
import { useActivity } from '../hooks/use-activity';
import { localizedMessage } from '../i18n/localized-message';
import { toAppErrorData } from '../state/to-app-error-data';
import { ActivitySettings } from './activity-settings/activity-settings';
import { ActivityTitleField } from './activity-title-field';
import { PageEditor } from './page-editor';

/**
 * Loads an activity and shows its editor: a page keeps its full rich-text editor, every
 * type then has its settings panel (its own settings, then the common ones).
 */
export const ActivityEditor = ({
  activityId,
  justCreated,
}: {
  activityId: string;
  justCreated: boolean;
}) => {
  const { t, i18n } = useTranslation();
  const activity = useActivity(activityId);
  if (activity.isPending) return <p role="status">{t('common.loading')}</p>;
  if (activity.isError) {
    return (
      <p className="error-text" role="alert">
        {localizedMessage(toAppErrorData(activity.error), i18n.language)}
      </p>
    );
  }
  const data = activity.data;
  return (
    <div className="activity-editor">
      <p className="activity-editor__type">
        <span className={`type-badge type-badge--${data.type}`}>
          {t(`outline.types.${data.type}.name`)}
        </span>
      </p>
      {data.type === 'page' ? (
        <PageEditor activity={data} justCreated={justCreated} />
      ) : (
        <ActivityTitleField
          activityId={data.id}
          title={data.title}
          autoFocus={justCreated}
          label={t('outline.settings.title')}
        />
      )}
      <ActivitySettings activity={data} />
    </div>
  );
};
