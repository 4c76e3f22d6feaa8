import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParcoursSummary } from '../../../shared/domain/project';
import { useNewParcoursForm } from '../../hooks/use-new-parcours-form';
import { DeclaredHoursField } from '../declared-hours-field';
import { ModalDialog } from '../modal-dialog';

interface EditParcoursDialogProps {
  parcours: ParcoursSummary;
  pending: boolean;
  error: string | null;
  onSave: (patch: { title: string; declaredHours: number }) => void;
  onClose: () => void;
}

/** Renames a parcours and changes its declared duration (3, 6, 9 h or another, flagged). */
export const EditParcoursDialog = ({
  parcours,
  pending,
  error,
  onSave,
  onClose,
}: EditParcoursDialogProps) => {
  const { t } = useTranslation();
  const form = useNewParcoursForm({ title: parcours.title, hours: parcours.declaredHours });
  const titleId = useId();
  const valid = form.title.trim() !== '' && form.hoursValid;
  return (
    <ModalDialog
      title={t('outline.parcoursList.editTitle', { title: parcours.title })}
      onClose={onClose}
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) onSave({ title: form.title.trim(), declaredHours: form.hours });
        }}
      >
        <div className="field">
          <label htmlFor={titleId}>{t('newParcours.parcoursTitle')}</label>
          <input
            id={titleId}
            data-autofocus
            required
            autoComplete="off"
            value={form.title}
            onChange={(event) => {
              form.setTitle(event.target.value);
            }}
          />
        </div>
        <DeclaredHoursField
          choice={form.hoursChoice}
          otherHours={form.otherHours}
          nonStandard={form.nonStandard && form.hoursValid}
          invalid={!form.hoursValid}
          onChoice={form.setHoursChoice}
          onOtherHours={form.setOtherHours}
        />
        {error !== null && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button--primary" disabled={!valid || pending}>
            {t('outline.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
};
