import { useTranslation } from 'react-i18next';
import { useActivity } from '../hooks/use-activity';
import { localizedMessage } from '../i18n/localized-message';
import { toAppErrorData } from '../state/to-app-error-data';
import { PageEditor } from './page-editor';

/** Loads an activity and shows its editor (pages and labels have rich text). */
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
  if (data.type !== 'page' && data.type !== 'label') {
    return (
      <p className="muted">
        {t('editor.unsupportedType', { type: t(`activityType.${data.type}`) })}
      </p>
    );
  }
  return <PageEditor activity={data} justCreated={justCreated} />;
};
