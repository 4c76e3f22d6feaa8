import { useTranslation } from 'react-i18next';
import { localizedMessage } from '../../i18n/localized-message';
import type { UploadState } from '../../hooks/use-media-upload';
import { formatBytes } from './format-bytes';

interface UploadProgressProps {
  state: UploadState;
  onCancel: () => void;
}

/** The file being imported: a progress bar with the bytes sent, and a cancel button. */
export const UploadProgress = ({ state, onCancel }: UploadProgressProps) => {
  const { t, i18n } = useTranslation();
  if (state.status === 'idle') return null;
  if (state.status === 'error') {
    return (
      <p className="error-text" role="alert">
        {t('content.media.uploadFailed', {
          name: state.name,
          reason: localizedMessage(state.error, i18n.language),
        })}
      </p>
    );
  }
  const label = t('content.media.uploading', { name: state.name });
  return (
    <div className="upload-progress" role="status">
      <label className="upload-progress__label">
        {label}
        <progress max={Math.max(state.totalBytes, 1)} value={state.sentBytes} />
      </label>
      <span className="upload-progress__bytes">
        {t('content.media.uploadedOf', {
          sent: formatBytes(state.sentBytes, i18n.language),
          total: formatBytes(state.totalBytes, i18n.language),
        })}
      </span>
      <button type="button" className="button--small" onClick={onCancel}>
        {t('content.media.cancelUpload')}
      </button>
    </div>
  );
};
