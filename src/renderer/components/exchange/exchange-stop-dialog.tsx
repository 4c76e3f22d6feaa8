import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobResult } from '../../../shared/domain/exchange';
import { ModalDialog } from '../modal-dialog';

interface ExchangeStopDialogProps {
  kind: JobResult['kind'];
  onContinue: () => void;
  onStop: () => void;
}

/**
 * "Arrêter l’export ?" when the dialog is closed while its job runs. Not `ConfirmDialog`: its
 * "Annuler" would sit on top of the job's own "Annuler" and mean the opposite, so the safe
 * answer says what it does ("Continuer l’export") and has the focus.
 */
export const ExchangeStopDialog = ({ kind, onContinue, onStop }: ExchangeStopDialogProps) => {
  const { t } = useTranslation();
  const messageId = useId();
  return (
    <ModalDialog
      title={t(`exchange.${kind}.stopTitle`)}
      onClose={onContinue}
      role="alertdialog"
      describedBy={messageId}
    >
      <p id={messageId}>{t(`exchange.${kind}.stopMessage`)}</p>
      <div className="modal__actions">
        <button type="button" data-autofocus onClick={onContinue}>
          {t(`exchange.${kind}.continue`)}
        </button>
        <button type="button" className="button--danger" onClick={onStop}>
          {t(`exchange.${kind}.stop`)}
        </button>
      </div>
    </ModalDialog>
  );
};
