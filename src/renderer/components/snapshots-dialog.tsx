import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../shared/domain/project';
import { useSnapshots } from '../hooks/use-snapshots';
import { localizedMessage } from '../i18n/localized-message';
import { toAppErrorData } from '../state/to-app-error-data';
import { ConfirmDialog } from './confirm-dialog';
import { ModalDialog } from './modal-dialog';

/** The project's snapshots: take one now, or restore one (after confirming). */
export const SnapshotsDialog = ({ onClose }: { onClose: () => void }) => {
  const { t, i18n } = useTranslation();
  const { list, create, restore } = useSnapshots();
  const [restoring, setRestoring] = useState<Snapshot | null>(null);
  const dateFormat = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'long',
    timeStyle: 'medium',
  });
  const sizeFormat = new Intl.NumberFormat(i18n.language, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  });
  const failure = create.error ?? restore.error ?? list.error;
  const snapshots = [...(list.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <ModalDialog title={t('snapshots.title')} onClose={onClose} className="modal--wide">
      <p>{t('snapshots.intro')}</p>
      {failure && (
        <p className="error-text" role="alert">
          {localizedMessage(toAppErrorData(failure), i18n.language)}
        </p>
      )}
      {list.isPending && <p role="status">{t('common.loading')}</p>}
      {snapshots.length === 0 && !list.isPending && <p className="muted">{t('snapshots.none')}</p>}
      <ul className="snapshot-list">
        {snapshots.map((snapshot) => {
          const date = dateFormat.format(new Date(snapshot.createdAt));
          return (
            <li key={snapshot.id} className="snapshot-list__item">
              <span>
                <span className="snapshot-list__date">{date}</span>
                <span className="muted">
                  {' — '}
                  {t(`snapshots.reason.${snapshot.reason}`)},{' '}
                  {sizeFormat.format(snapshot.sizeBytes / 1024)}
                </span>
              </span>
              <button
                type="button"
                aria-label={t('snapshots.restoreNamed', { date })}
                disabled={restore.isPending}
                onClick={() => {
                  setRestoring(snapshot);
                }}
              >
                {t('snapshots.restore')}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="modal__actions">
        <button
          type="button"
          disabled={create.isPending}
          onClick={() => {
            create.mutate();
          }}
        >
          {t('snapshots.create')}
        </button>
        <button type="button" data-autofocus className="button--primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {restoring && (
        <ConfirmDialog
          title={t('snapshots.confirmTitle')}
          message={t('snapshots.confirmMessage', {
            date: dateFormat.format(new Date(restoring.createdAt)),
          })}
          confirmLabel={t('snapshots.restore')}
          onCancel={() => {
            setRestoring(null);
          }}
          onConfirm={() => {
            restore.mutate(restoring.id, { onSuccess: onClose });
            setRestoring(null);
          }}
        />
      )}
    </ModalDialog>
  );
};
