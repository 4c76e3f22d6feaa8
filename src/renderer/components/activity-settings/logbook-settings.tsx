import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';
import type { ActivitySave } from '../../hooks/use-activity-save';
import { RichTextField } from '../rich-text/rich-text-field';

/** A carnet de bord: the prompts each participant answers in private. */
export const LogbookSettings = ({
  activity,
  save,
}: {
  activity: Extract<Activity, { type: 'logbook' }>;
  save: ActivitySave;
}) => {
  const { t } = useTranslation();
  const id = useId();
  return (
    <RichTextField
      id={id}
      label={t('outline.settings.prompts')}
      value={activity.prompts}
      onChange={(doc) => {
        save.saveNow('prompts', { prompts: doc });
      }}
    />
  );
};
