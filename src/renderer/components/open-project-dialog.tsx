import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNativeDialogs } from '../hooks/use-native-dialogs';
import { ModalDialog } from './modal-dialog';

interface OpenProjectDialogProps {
  nativeDialogs: boolean;
  pending: boolean;
  onOpen: (path: string) => void;
  onClose: () => void;
}

/** A path field (the browser host has no file picker) and, in Electron, "Parcourir…". */
export const OpenProjectDialog = ({
  nativeDialogs,
  pending,
  onOpen,
  onClose,
}: OpenProjectDialogProps) => {
  const { t } = useTranslation();
  const dialogs = useNativeDialogs();
  const [path, setPath] = useState('');
  const pathId = useId();
  const browse = async () => {
    const picked = await dialogs.pickProjectToOpen();
    if (picked !== null) onOpen(picked);
  };
  return (
    <ModalDialog title={t('openProject.title')} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (path.trim() !== '') onOpen(path.trim());
        }}
      >
        <div className="field">
          <label htmlFor={pathId}>{t('openProject.path')}</label>
          <div className="field__row">
            <input
              id={pathId}
              data-autofocus
              required
              spellCheck={false}
              value={path}
              onChange={(event) => {
                setPath(event.target.value);
              }}
            />
            {nativeDialogs && (
              <button type="button" onClick={() => void browse()}>
                {t('common.browse')}
              </button>
            )}
          </div>
        </div>
        <div className="modal__actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button--primary"
            disabled={path.trim() === '' || pending}
          >
            {t('openProject.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
};
