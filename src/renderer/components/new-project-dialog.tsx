import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNativeDialogs } from '../hooks/use-native-dialogs';
import { useNewProjectForm } from '../hooks/use-new-project-form';
import { ModalDialog } from './modal-dialog';

interface NewProjectDialogProps {
  defaultDir: string;
  nativeDialogs: boolean;
  pending: boolean;
  onCreate: (request: { path: string; title: string }) => void;
  onClose: () => void;
}

export const NewProjectDialog = ({
  defaultDir,
  nativeDialogs,
  pending,
  onCreate,
  onClose,
}: NewProjectDialogProps) => {
  const { t } = useTranslation();
  const form = useNewProjectForm(defaultDir);
  const dialogs = useNativeDialogs();
  const titleId = useId();
  const pathId = useId();
  const pathHelpId = useId();
  const browse = async () => {
    const picked = await dialogs.pickProjectToSave(`${form.title.trim() || 'projet'}.atelier`);
    if (picked !== null) form.setPath(picked);
  };
  return (
    <ModalDialog title={t('newProject.title')} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (form.valid) onCreate({ path: form.path.trim(), title: form.title.trim() });
        }}
      >
        <div className="field">
          <label htmlFor={titleId}>{t('newProject.projectTitle')}</label>
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
          <label htmlFor={pathId}>{t('newProject.path')}</label>
          <div className="field__row">
            <input
              id={pathId}
              required
              spellCheck={false}
              aria-describedby={pathHelpId}
              value={form.path}
              onChange={(event) => {
                form.setPath(event.target.value);
              }}
            />
            {nativeDialogs && (
              <button type="button" onClick={() => void browse()}>
                {t('common.browse')}
              </button>
            )}
          </div>
          <p id={pathHelpId} className="field__help">
            {t('newProject.pathHelp')}
          </p>
        </div>
        <div className="modal__actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button--primary" disabled={!form.valid || pending}>
            {t('newProject.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
};
