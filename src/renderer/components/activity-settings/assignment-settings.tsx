import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';
import type { ActivitySave } from '../../hooks/use-activity-save';
import { parseNumberSetting } from '../../state/parse-setting';
import { SettingsCheckboxField } from './settings-checkbox-field';
import { SettingsTextField } from './settings-text-field';

const parseMaxFiles = parseNumberSetting('maxFiles', { min: 0, max: 100, nullable: false });
const parseDue = parseNumberSetting('dueOffsetDays', { min: 0, max: 3650, nullable: true });
const parseMaxGrade = parseNumberSetting('maxGrade', {
  min: 0,
  max: 1000,
  nullable: false,
  integer: false,
});
const parsePass = parseNumberSetting('gradeToPass', {
  min: 0,
  max: 1000,
  nullable: true,
  integer: false,
});

/** An assignment: how it is handed in, when it is due, how it is graded. */
export const AssignmentSettings = ({
  activity,
  save,
}: {
  activity: Extract<Activity, { type: 'assignment' }>;
  save: ActivitySave;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="field">
        <legend>{t('outline.settings.submission')}</legend>
        <SettingsCheckboxField
          label={t('outline.settings.onlineText')}
          checked={activity.onlineText}
          onChange={(onlineText) => {
            save.saveNow('onlineText', { onlineText });
          }}
        />
        <SettingsCheckboxField
          label={t('outline.settings.fileSubmission')}
          checked={activity.fileSubmission}
          onChange={(fileSubmission) => {
            save.saveNow('fileSubmission', { fileSubmission });
          }}
        />
      </fieldset>
      {activity.fileSubmission && (
        <SettingsTextField
          field="maxFiles"
          label={t('outline.settings.maxFiles')}
          type="number"
          short
          value={String(activity.maxFiles)}
          save={save}
          parse={parseMaxFiles}
        />
      )}
      <SettingsTextField
        field="dueOffsetDays"
        label={t('outline.settings.dueOffsetDays')}
        help={t('outline.settings.dueOffsetHelp')}
        type="number"
        short
        value={activity.dueOffsetDays === null ? '' : String(activity.dueOffsetDays)}
        save={save}
        parse={parseDue}
      />
      <SettingsTextField
        field="maxGrade"
        label={t('outline.settings.maxGrade')}
        type="number"
        short
        value={String(activity.maxGrade)}
        save={save}
        parse={parseMaxGrade}
      />
      <SettingsTextField
        field="gradeToPass"
        label={t('outline.settings.gradeToPass')}
        type="number"
        short
        value={activity.gradeToPass === null ? '' : String(activity.gradeToPass)}
        save={save}
        parse={parsePass}
      />
    </>
  );
};
