import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../shared/contract/app-error';
import { localizedMessage } from '../i18n/localized-message';
import { ModalDialog } from './modal-dialog';

/** The codes whose advice the dialog knows; anything else gets the generic advice. */
const ADVISED = new Set([
  'file_exists',
  'project_damaged',
  'project_foreign',
  'project_newer',
  'project_locked',
  'file_not_found',
]);

interface OpenErrorDialogProps {
  error: AppErrorData;
  onOpenSnapshot: (snapshotPath: string) => void;
  onClose: () => void;
}

/**
 * Why a project could not be opened and what to do. When the core found a good snapshot
 * of a damaged file, the author can open a copy of it: the damaged file stays untouched.
 */
export const OpenErrorDialog = ({ error, onOpenSnapshot, onClose }: OpenErrorDialogProps) => {
  const { t, i18n } = useTranslation();
  const descriptionId = useId();
  const snapshotPath = error.details?.['latestSnapshotPath'];
  const advice = ADVISED.has(error.code)
    ? `openError.advice.${error.code}`
    : 'openError.advice.other';
  return (
    <ModalDialog
      title={t('openError.title')}
      onClose={onClose}
      role="alertdialog"
      describedBy={descriptionId}
    >
      <div id={descriptionId}>
        <p className="error-text">{localizedMessage(error, i18n.language)}</p>
        <p>{t(advice)}</p>
      </div>
      <div className="modal__actions">
        {typeof snapshotPath === 'string' && (
          <button
            type="button"
            className="button--primary"
            onClick={() => {
              onOpenSnapshot(snapshotPath);
            }}
          >
            {t('openError.openSnapshot')}
          </button>
        )}
        <button type="button" data-autofocus onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </ModalDialog>
  );
};
