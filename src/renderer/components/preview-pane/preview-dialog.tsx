import { useTranslation } from 'react-i18next';
import { usePreviewFrame } from '../../hooks/use-preview-frame';
import { localizedMessage } from '../../i18n/localized-message';
import { toAppErrorData } from '../../state/to-app-error-data';
import { previewPageUrl } from '../../transport/media-url';
import { ModalDialog } from '../modal-dialog';
import '../../styles/preview-pane.css';

interface PreviewDialogProps {
  parcours: { id: string; title: string };
  onClose: () => void;
}

/**
 * The parcours as the platform will show it, role by role (the switch is in the preview
 * itself), following edits. The preview runs in a frame sandboxed with scripts only: its own
 * opaque origin, no access to the studio, no navigation, no pop-ups, no storage.
 */
export const PreviewDialog = ({ parcours, onClose }: PreviewDialogProps) => {
  const { t, i18n } = useTranslation();
  const { frame, onLoad, error } = usePreviewFrame(parcours.id);
  return (
    <ModalDialog
      title={t('previewPane.title', { title: parcours.title })}
      onClose={onClose}
      className="preview-dialog"
    >
      {error !== null && (
        <p className="error-text" role="alert">
          {localizedMessage(toAppErrorData(error), i18n.language)}
        </p>
      )}
      <iframe
        ref={frame}
        className="preview-dialog__frame"
        title={t('previewPane.frameTitle', { title: parcours.title })}
        src={previewPageUrl()}
        sandbox="allow-scripts"
        referrerPolicy="no-referrer"
        onLoad={onLoad}
      />
      <div className="modal__actions">
        <button type="button" data-autofocus onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </ModalDialog>
  );
};
