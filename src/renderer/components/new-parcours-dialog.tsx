import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateParcoursInput } from '../hooks/use-create-parcours';
import { useNewParcoursForm } from '../hooks/use-new-parcours-form';
import { DeclaredHoursField } from './declared-hours-field';
import { ModalDialog } from './modal-dialog';
import { TemplateStartField } from './outline/template-start-field';

interface NewParcoursDialogProps {
  pending: boolean;
  /** Why the core refused the last attempt (a short name already used…), in the UI language. */
  error: string | null;
  onCreate: (input: CreateParcoursInput) => void;
  onClose: () => void;
}

/** A new parcours: empty, or from a gabarit (shipped or of the project). */
export const NewParcoursDialog = ({
  pending,
  error,
  onCreate,
  onClose,
}: NewParcoursDialogProps) => {
  const { t } = useTranslation();
  const form = useNewParcoursForm();
  const titleId = useId();
  const titleHelpId = useId();
  const shortNameId = useId();
  const shortNameHelpId = useId();
  return (
    <ModalDialog title={t('newParcours.title')} onClose={onClose} className="modal--wide">
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!form.valid) return;
          const title = form.title.trim();
          const shortName = form.shortName.trim();
          if (form.blank) {
            onCreate({ kind: 'blank', title, shortName, declaredHours: form.hours });
            return;
          }
          const [source, ...rest] = form.start.split(':');
          onCreate({
            kind: 'template',
            source: source === 'project' ? 'project' : 'shipped',
            templateId: rest.join(':'),
            ...(title === '' ? {} : { title }),
            ...(shortName === '' ? {} : { shortName }),
          });
        }}
      >
        <TemplateStartField value={form.start} onChange={form.setStart} />
        <div className="field">
          <label htmlFor={titleId}>{t('newParcours.parcoursTitle')}</label>
          <input
            id={titleId}
            required={form.blank}
            autoComplete="off"
            aria-describedby={form.blank ? undefined : titleHelpId}
            value={form.title}
            onChange={(event) => {
              form.setTitle(event.target.value);
            }}
          />
          {!form.blank && (
            <p id={titleHelpId} className="field__help">
              {t('outline.newParcours.titleHelp')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={shortNameId}>{t('newParcours.shortName')}</label>
          <input
            id={shortNameId}
            required={form.blank}
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
        {form.blank && (
          <DeclaredHoursField
            choice={form.hoursChoice}
            otherHours={form.otherHours}
            nonStandard={form.nonStandard && form.hoursValid}
            invalid={!form.hoursValid}
            onChoice={form.setHoursChoice}
            onOtherHours={form.setOtherHours}
          />
        )}
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
