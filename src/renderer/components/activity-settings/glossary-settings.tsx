import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';
import type { ActivitySave } from '../../hooks/use-activity-save';
import { SettingsCheckboxField } from './settings-checkbox-field';
import { SettingsSelectField } from './settings-select-field';

const FORMATS = ['dictionary', 'full', 'encyclopedia'] as const;

/** A glossary: how entries are shown and whether participants may add some. */
export const GlossarySettings = ({
  activity,
  save,
}: {
  activity: Extract<Activity, { type: 'glossary' }>;
  save: ActivitySave;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <SettingsSelectField
        label={t('outline.settings.displayFormat')}
        value={activity.displayFormat}
        options={FORMATS.map((v) => ({ value: v, label: t(`outline.glossaryFormat.${v}`) }))}
        onChange={(displayFormat) => {
          save.saveNow('displayFormat', { displayFormat });
        }}
      />
      <SettingsCheckboxField
        label={t('outline.settings.participantsCanAdd')}
        checked={activity.participantsCanAdd}
        onChange={(participantsCanAdd) => {
          save.saveNow('participantsCanAdd', { participantsCanAdd });
        }}
      />
    </>
  );
};
