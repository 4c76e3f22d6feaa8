import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowedLinkHref } from '../../shared/editor/editor-extensions';
import { ModalDialog } from './modal-dialog';

interface LinkDialogProps {
  initialHref: string;
  onSubmit: (href: string) => void;
  onClose: () => void;
}

/** Asks for a link's address; only http, https and mailto are accepted (never javascript:). */
export const LinkDialog = ({ initialHref, onSubmit, onClose }: LinkDialogProps) => {
  const { t } = useTranslation();
  const [href, setHref] = useState(initialHref);
  const [refused, setRefused] = useState(false);
  const fieldId = useId();
  const errorId = useId();
  const helpId = useId();
  return (
    <ModalDialog title={t('link.title')} onClose={onClose}>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const value = href.trim();
          if (!isAllowedLinkHref(value)) {
            setRefused(true);
            return;
          }
          onSubmit(value);
        }}
      >
        <div className="field">
          <label htmlFor={fieldId}>{t('link.address')}</label>
          <input
            id={fieldId}
            type="url"
            data-autofocus
            spellCheck={false}
            aria-invalid={refused}
            aria-describedby={refused ? `${errorId} ${helpId}` : helpId}
            value={href}
            onChange={(event) => {
              setHref(event.target.value);
              setRefused(false);
            }}
          />
          <p id={helpId} className="field__help">
            {t('link.help')}
          </p>
          {refused && (
            <p id={errorId} className="error-text" role="alert">
              {t('link.refused')}
            </p>
          )}
        </div>
        <div className="modal__actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button--primary">
            {t('link.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
};
