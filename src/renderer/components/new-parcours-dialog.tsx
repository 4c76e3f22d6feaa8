import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNewParcoursForm } from '../hooks/use-new-parcours-form';
import { DeclaredHoursField } from './declared-hours-field';
import { ModalDialog } from './modal-dialog';

interface NewParcoursDialogProps {
  pending: boolean;
  /** Why the core refused the last attempt (a short name already used…), in the UI language. */
  error: string | null;
  onCreate: (input: { title: string; shortName: string; declaredHours: number }) => void;
  onClose: () => void;
}

export const NewParcoursDialog = ({
  pending,
  error,
  onCreate,
  onClose,
}: NewParcoursDialogProps) => {
  const { t } = useTranslation();
  const form = useNewParcoursForm();
  const titleId = useId();
  const shortNameId = useId();
  const shortNameHelpId = useId();
  return (
    <ModalDialog title={t('newParcours.title')} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!form.valid) return;
          onCreate({
            title: form.title.trim(),
            shortName: form.shortName.trim(),
            declaredHours: form.hours,
          });
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
        <div className="field">
          <label htmlFor={shortNameId}>{t('newParcours.shortName')}</label>
          <input
            id={shortNameId}
            required
            autoComplete="off"
            spellCheck={false}
            aria-describedby={shortNameHelpId}
            value={form.shortName}
            onChange={(event) => {
              form.setShortName(event.target.value);
            }}
          />
          <p id={shortNameHelpId} className="field__help">
            {t('newParcours.shortNameHelp')}
          </p>
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
          <button type="submit" className="button--primary" disabled={!form.valid || pending}>
            {t('newParcours.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
};
