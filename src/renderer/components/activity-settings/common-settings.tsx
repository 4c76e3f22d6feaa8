import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';
import { modalitySchema, type Modality } from '../../../shared/domain/modality';
import type { ActivitySave } from '../../hooks/use-activity-save';
import { completionChoices } from '../../state/completion-choices';
import { parseNumberSetting } from '../../state/parse-setting';
import { RichTextField } from '../rich-text/rich-text-field';
import { SettingsSelectField } from './settings-select-field';
import { SettingsTextField } from './settings-text-field';
import { VisibilityField } from './visibility-field';

const parseMinutes = parseNumberSetting('estimatedMinutes', {
  min: 0,
  max: 100_000,
  nullable: true,
});

/** What every activity has: intro, estimated time, modality override, completion, visibility. */
export const CommonSettings = ({
  activity,
  save,
  sectionModality,
}: {
  activity: Activity;
  save: ActivitySave;
  sectionModality: Modality | null;
}) => {
  const { t } = useTranslation();
  const introId = useId();
  const sameAsSection = sectionModality
    ? t('outline.settings.sameAsSectionNamed', {
        modality: t(`outline.modality.${sectionModality}`),
      })
    : t('outline.settings.sameAsSection');
  return (
    <div className="settings-group">
      {/* A label is its own text: Moodle gives it no separate description. */}
      {activity.type !== 'label' && (
        <RichTextField
          id={introId}
          label={t('outline.settings.intro')}
          value={activity.intro}
          onChange={(doc) => {
            save.saveNow('intro', { intro: doc });
          }}
        />
      )}
      <SettingsTextField
        field="estimatedMinutes"
        label={t('outline.settings.estimatedMinutes')}
        type="number"
        short
        value={activity.estimatedMinutes === null ? '' : String(activity.estimatedMinutes)}
        save={save}
        parse={parseMinutes}
        help={t('outline.settings.estimatedMinutesHelp')}
      />
      <SettingsSelectField
        label={t('outline.settings.modality')}
        value={activity.modality ?? 'section'}
        options={[
          { value: 'section', label: sameAsSection },
          ...modalitySchema.options.map((m) => ({ value: m, label: t(`outline.modality.${m}`) })),
        ]}
        error={save.errorOf('modality')}
        onChange={(value) => {
          save.saveNow('modality', { modality: value === 'section' ? null : value });
        }}
      />
      <SettingsSelectField
        label={t('outline.settings.completion')}
        value={activity.completion}
        options={completionChoices(activity.type).map((c) => ({
          value: c,
          label: t(`outline.completion.${c}`),
        }))}
        error={save.errorOf('completion')}
        onChange={(value) => {
          save.saveNow('completion', { completion: value });
        }}
      />
      <VisibilityField
        subject="activity"
        value={activity.visibleTo}
        onChange={(roles) => {
          save.saveNow('visibleTo', { visibleTo: roles });
        }}
      />
      {save.errorOf('visibleTo') !== null && (
        <p className="error-text">{save.errorOf('visibleTo')}</p>
      )}
    </div>
  );
};
