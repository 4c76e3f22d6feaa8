import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';
import type { ActivitySave } from '../../hooks/use-activity-save';
import { parseNumberSetting, parseUrlSetting } from '../../state/parse-setting';
import { parseScheduleDate, toLocalInput } from '../../state/schedule-patch';
import { SettingsSelectField } from './settings-select-field';
import { SettingsTextField } from './settings-text-field';

type VirtualClass = Extract<Activity, { type: 'virtualClass' }>;
const KINDS = ['unplanned', 'date', 'offset'] as const;
const parseDuration = parseNumberSetting('durationMinutes', { min: 0, max: 1440, nullable: false });

/** A virtual class: when (not planned yet, a date, or days after the start), how long, where. */
export const VirtualClassSettings = ({
  activity,
  save,
}: {
  activity: VirtualClass;
  save: ActivitySave;
}) => {
  const { t } = useTranslation();
  const { schedule } = activity;
  const offset = schedule.kind === 'offset' ? schedule : { days: 0, time: '14:00' };
  return (
    <>
      <SettingsSelectField
        label={t('outline.settings.schedule')}
        value={schedule.kind}
        options={KINDS.map((k) => ({ value: k, label: t(`outline.schedule.${k}`) }))}
        error={save.errorOf('schedule')}
        onChange={(kind) => {
          const next =
            kind === 'date'
              ? { kind, at: new Date(Date.now() + 7 * 86_400_000).toISOString() }
              : kind === 'offset'
                ? { kind, days: offset.days, time: offset.time }
                : { kind };
          save.saveNow('schedule', { schedule: next });
        }}
      />
      {schedule.kind === 'date' && (
        <SettingsTextField
          field="schedule"
          label={t('outline.settings.scheduleDate')}
          type="datetime-local"
          value={toLocalInput(schedule.at)}
          save={save}
          parse={parseScheduleDate}
        />
      )}
      {schedule.kind === 'offset' && (
        <>
          <SettingsTextField
            field="schedule"
            label={t('outline.settings.scheduleDays')}
            type="number"
            short
            value={String(schedule.days)}
            save={save}
            parse={(draft) => {
              const parsed = parseNumberSetting('days', { min: 0, max: 3650, nullable: false })(
                draft,
              );
              return 'error' in parsed
                ? parsed
                : { patch: { schedule: { ...schedule, days: parsed.patch['days'] } } };
            }}
          />
          <SettingsTextField
            field="scheduleTime"
            label={t('outline.settings.scheduleTime')}
            type="time"
            short
            value={schedule.time}
            save={save}
            parse={(draft) =>
              /^\d{2}:\d{2}$/.test(draft)
                ? { patch: { schedule: { ...schedule, time: draft } } }
                : { error: 'outline.errors.time' }
            }
          />
        </>
      )}
      <SettingsTextField
        field="durationMinutes"
        label={t('outline.settings.duration')}
        type="number"
        short
        value={String(activity.durationMinutes)}
        save={save}
        parse={parseDuration}
      />
      <SettingsTextField
        field="link"
        label={t('outline.settings.link')}
        help={t('outline.settings.linkHelp')}
        type="url"
        value={activity.link ?? ''}
        save={save}
        parse={parseUrlSetting('link')}
      />
    </>
  );
};
