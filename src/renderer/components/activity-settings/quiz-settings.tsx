import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';
import type { ActivitySave } from '../../hooks/use-activity-save';
import { parseNumberSetting } from '../../state/parse-setting';
import { SettingsSelectField } from './settings-select-field';
import { SettingsTextField } from './settings-text-field';

const PURPOSES = ['knowledge', 'positioning'] as const;
const METHODS = ['highest', 'average', 'first', 'last'] as const;
const parseAttempts = parseNumberSetting('attempts', { min: 0, max: 100, nullable: false });
const parsePass = parseNumberSetting('gradeToPass', {
  min: 0,
  max: 1000,
  nullable: true,
  integer: false,
});
const parseLimit = parseNumberSetting('timeLimitMinutes', { min: 0, max: 100_000, nullable: true });

/** A quiz's common settings (its questions are edited elsewhere). */
export const QuizSettings = ({
  activity,
  save,
}: {
  activity: Extract<Activity, { type: 'quiz' }>;
  save: ActivitySave;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <SettingsSelectField
        label={t('outline.settings.purpose')}
        value={activity.purpose}
        options={PURPOSES.map((v) => ({ value: v, label: t(`outline.quizPurpose.${v}`) }))}
        onChange={(purpose) => {
          save.saveNow('purpose', { purpose });
        }}
      />
      <SettingsTextField
        field="attempts"
        label={t('outline.settings.attempts')}
        help={t('outline.settings.attemptsHelp')}
        type="number"
        short
        value={String(activity.attempts)}
        save={save}
        parse={parseAttempts}
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
      <SettingsTextField
        field="timeLimitMinutes"
        label={t('outline.settings.timeLimit')}
        type="number"
        short
        value={activity.timeLimitMinutes === null ? '' : String(activity.timeLimitMinutes)}
        save={save}
        parse={parseLimit}
      />
      <SettingsSelectField
        label={t('outline.settings.gradeMethod')}
        value={activity.gradeMethod}
        options={METHODS.map((v) => ({ value: v, label: t(`outline.gradeMethod.${v}`) }))}
        onChange={(gradeMethod) => {
          save.saveNow('gradeMethod', { gradeMethod });
        }}
      />
      <p className="muted">{t('outline.settings.contentNextIssue')}</p>
    </>
  );
};
