import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type Activity, labelVariantSchema } from '../../../shared/domain/activity';
import type { ActivitySave } from '../../hooks/use-activity-save';
import { RichTextField } from '../rich-text/rich-text-field';
import { SettingsSelectField } from './settings-select-field';

/** A label: its pedagogical variant (présentation, note aux formateurs…) and its text. */
export const LabelSettings = ({
  activity,
  save,
}: {
  activity: Extract<Activity, { type: 'label' }>;
  save: ActivitySave;
}) => {
  const { t } = useTranslation();
  const contentId = useId();
  return (
    <>
      <SettingsSelectField
        label={t('outline.settings.labelVariant')}
        value={activity.variant}
        options={labelVariantSchema.options.map((v) => ({
          value: v,
          label: t(`outline.labelVariant.${v}`),
        }))}
        onChange={(variant) => {
          save.saveNow('variant', { variant });
        }}
      />
      <RichTextField
        id={contentId}
        label={t('outline.settings.labelContent')}
        value={activity.content}
        onChange={(doc) => {
          save.saveNow('content', { content: doc });
        }}
      />
    </>
  );
};
