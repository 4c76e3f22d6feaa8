import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';
import type { ActivitySave } from '../../hooks/use-activity-save';
import { SettingsCheckboxField } from './settings-checkbox-field';
import { SettingsSelectField } from './settings-select-field';

const PURPOSES = ['none', 'final-survey', 'positioning'] as const;

/** A questionnaire's common settings: its purpose (questionnaire final…) and anonymity. */
export const FeedbackSettings = ({
  activity,
  save,
}: {
  activity: Extract<Activity, { type: 'feedback' }>;
  save: ActivitySave;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <SettingsSelectField
        label={t('outline.settings.purpose')}
        value={activity.purpose}
        options={PURPOSES.map((v) => ({ value: v, label: t(`outline.feedbackPurpose.${v}`) }))}
        onChange={(purpose) => {
          save.saveNow('purpose', { purpose });
        }}
      />
      <SettingsCheckboxField
        label={t('outline.settings.anonymous')}
        checked={activity.anonymous}
        onChange={(anonymous) => {
          save.saveNow('anonymous', { anonymous });
        }}
      />
      <p className="muted">{t('outline.settings.contentNextIssue')}</p>
    </>
  );
};
