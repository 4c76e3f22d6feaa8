import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';
import type { ActivitySave } from '../../hooks/use-activity-save';
import { SettingsSelectField } from './settings-select-field';

const TYPES = ['standard', 'qanda', 'single', 'news'] as const;

/** A forum: its Moodle type (standard, questions-réponses, discussion unique, annonces). */
export const ForumSettings = ({
  activity,
  save,
}: {
  activity: Extract<Activity, { type: 'forum' }>;
  save: ActivitySave;
}) => {
  const { t } = useTranslation();
  return (
    <SettingsSelectField
      label={t('outline.settings.forumType')}
      value={activity.forumType}
      options={TYPES.map((v) => ({ value: v, label: t(`outline.forumType.${v}`) }))}
      onChange={(forumType) => {
        save.saveNow('forumType', { forumType });
      }}
    />
  );
};
