import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';
import type { ActivitySave } from '../../hooks/use-activity-save';
import { parseUrlSetting } from '../../state/parse-setting';
import { SettingsSelectField } from './settings-select-field';
import { SettingsTextField } from './settings-text-field';

const DISPLAYS = ['auto', 'embed', 'open', 'new-window'] as const;

/** A link: its address (http or https only) and how Moodle opens it. */
export const UrlSettings = ({
  activity,
  save,
}: {
  activity: Extract<Activity, { type: 'url' }>;
  save: ActivitySave;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <SettingsTextField
        field="url"
        label={t('outline.settings.url')}
        type="url"
        value={activity.url ?? ''}
        save={save}
        parse={parseUrlSetting('url')}
        help={t('outline.settings.urlHelp')}
      />
      <SettingsSelectField
        label={t('outline.settings.display')}
        value={activity.display}
        options={DISPLAYS.map((d) => ({ value: d, label: t(`outline.display.${d}`) }))}
        onChange={(display) => {
          save.saveNow('display', { display });
        }}
      />
    </>
  );
};
