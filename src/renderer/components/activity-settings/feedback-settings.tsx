import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';
import type { ActivitySave } from '../../hooks/use-activity-save';
import { FeedbackFillDialog } from '../feedback-form/feedback-fill-dialog';
import { FeedbackItemsEditor } from '../feedback-form/feedback-items-editor';
import { SettingsCheckboxField } from './settings-checkbox-field';
import { SettingsSelectField } from './settings-select-field';

const PURPOSES = ['none', 'final-survey', 'positioning'] as const;

/** A questionnaire: its purpose (questionnaire final…), anonymity, items, and "fill it in". */
export const FeedbackSettings = ({
  activity,
  save,
}: {
  activity: Extract<Activity, { type: 'feedback' }>;
  save: ActivitySave;
}) => {
  const { t } = useTranslation();
  const [filling, setFilling] = useState(false);
  return (
    <>
      <SettingsSelectField
        label={t('outline.settings.purpose')}
        value={activity.purpose}
        options={PURPOSES.map((v) => ({ value: v, label: t(`outline.feedbackPurpose.${v}`) }))}
        onChange={(purpose) => {
          save.saveNow('purpose', { purpose });
        }}
      />
      <SettingsCheckboxField
        label={t('outline.settings.anonymous')}
        checked={activity.anonymous}
        onChange={(anonymous) => {
          save.saveNow('anonymous', { anonymous });
        }}
      />
      <FeedbackItemsEditor activity={activity} save={save} />
      <button
        type="button"
        className="button--primary"
        disabled={activity.items.length === 0}
        onClick={() => {
          setFilling(true);
        }}
      >
        {t('questions.feedback.fill')}
      </button>
      {filling && (
        <FeedbackFillDialog
          activity={activity}
          onClose={() => {
            setFilling(false);
          }}
        />
      )}
    </>
  );
};
