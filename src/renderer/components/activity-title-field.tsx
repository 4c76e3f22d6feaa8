import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateActivity } from '../hooks/use-update-activity';

interface ActivityTitleFieldProps {
  activityId: string;
  title: string;
  /** Focus and select the field: the page was just created with a placeholder title. */
  autoFocus: boolean;
  /** "Titre de la page" unless told otherwise. */
  label?: string;
}

/** The activity's title: saved on Enter or when the field is left; Escape restores it. */
export const ActivityTitleField = ({
  activityId,
  title,
  autoFocus,
  label,
}: ActivityTitleFieldProps) => {
  const { t } = useTranslation();
  const update = useUpdateActivity(activityId);
  const [draft, setDraft] = useState<string | null>(null);
  const fieldId = useId();
  const save = () => {
    if (draft === null) return;
    const next = draft.trim();
    if (next !== '' && next !== title) update.mutate({ title: next });
    setDraft(null);
  };
  return (
    <div className="field page-editor__title">
      <label htmlFor={fieldId}>{label ?? t('editor.pageTitle')}</label>
      <input
        id={fieldId}
        autoComplete="off"
        autoFocus={autoFocus}
        value={draft ?? title}
        onFocus={(event) => {
          if (autoFocus) event.target.select();
        }}
        onChange={(event) => {
          setDraft(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            save();
          } else if (event.key === 'Escape') {
            setDraft(null);
          }
        }}
        onBlur={save}
      />
    </div>
  );
};
