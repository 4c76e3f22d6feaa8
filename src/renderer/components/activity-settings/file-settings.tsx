import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';
import type { ActivitySave } from '../../hooks/use-activity-save';
import { useMediaChoices } from '../../hooks/use-media-choices';
import { SettingsSelectField } from './settings-select-field';

const DISPLAYS = ['auto', 'embed', 'download', 'new-window'] as const;

/** A file: which medium of the project it offers, and how Moodle shows it. */
export const FileSettings = ({
  activity,
  save,
}: {
  activity: Extract<Activity, { type: 'file' }>;
  save: ActivitySave;
}) => {
  const { t } = useTranslation();
  const media = useMediaChoices();
  const items = media.data ?? [];
  return (
    <>
      {media.isError || (media.isSuccess && items.length === 0) ? (
        <p className="muted">{t('outline.settings.noMedia')}</p>
      ) : (
        <SettingsSelectField
          label={t('outline.settings.medium')}
          value={activity.mediaId ?? ''}
          options={[
            { value: '', label: t('outline.settings.noMediumChosen') },
            ...items.map((m) => ({ value: m.id, label: m.name })),
          ]}
          error={save.errorOf('mediaId')}
          onChange={(mediaId) => {
            save.saveNow('mediaId', { mediaId: mediaId === '' ? null : mediaId });
          }}
        />
      )}
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
