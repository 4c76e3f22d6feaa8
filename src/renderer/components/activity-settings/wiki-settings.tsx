import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';
import type { ActivitySave } from '../../hooks/use-activity-save';
import { SettingsSelectField } from './settings-select-field';
import { SettingsTextField } from './settings-text-field';

const MODES = ['collaborative', 'individual'] as const;

/** A wiki: collaborative or individual, and the title of its first page. */
export const WikiSettings = ({
  activity,
  save,
}: {
  activity: Extract<Activity, { type: 'wiki' }>;
  save: ActivitySave;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <SettingsSelectField
        label={t('outline.settings.wikiMode')}
        value={activity.wikiMode}
        options={MODES.map((v) => ({ value: v, label: t(`outline.wikiMode.${v}`) }))}
        onChange={(wikiMode) => {
          save.saveNow('wikiMode', { wikiMode });
        }}
      />
      <SettingsTextField
        field="firstPageTitle"
        label={t('outline.settings.firstPageTitle')}
        value={activity.firstPageTitle}
        save={save}
        parse={(draft) =>
          draft.length > 255
            ? { error: 'outline.errors.tooLong' }
            : { patch: { firstPageTitle: draft } }
        }
      />
    </>
  );
};
