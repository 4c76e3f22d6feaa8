import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Media } from '../../../shared/domain/media';
import { useMediaUpload } from '../../hooks/use-media-upload';
import { UploadProgress } from './upload-progress';

interface MediaImportButtonProps {
  /** The file input's `accept` (image/*, video/*,audio/*…). */
  accept?: string;
  label?: string;
  onImported?: (media: Media) => void;
}

/** "Importer un fichier…": a file input styled as a button, with the upload's progress. */
export const MediaImportButton = ({ accept, label, onImported }: MediaImportButtonProps) => {
  const { t } = useTranslation();
  const id = useId();
  const { state, upload, cancel } = useMediaUpload();
  return (
    <div className="media-import">
      <input
        id={id}
        type="file"
        className="visually-hidden-file"
        accept={accept}
        disabled={state.status === 'uploading'}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          void upload(file).then((media) => {
            if (media) onImported?.(media);
          });
        }}
      />
      <label htmlFor={id} className="button-like">
        {label ?? t('content.media.import')}
      </label>
      <UploadProgress state={state} onCancel={cancel} />
    </div>
  );
};
