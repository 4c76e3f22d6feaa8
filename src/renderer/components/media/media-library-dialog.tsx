import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedMessage } from '../../i18n/localized-message';
import { useMediaActions } from '../../hooks/use-media-actions';
import { useMediaDrop } from '../../hooks/use-media-drop';
import { useMediaList } from '../../hooks/use-media-list';
import { useLibraryImport } from '../../hooks/use-library-import';
import { toAppErrorData } from '../../state/to-app-error-data';
import { ModalDialog } from '../modal-dialog';
import { MediaLibraryItem } from './media-library-item';
import { PendingImageItem } from './pending-image-item';
import { UploadProgress } from './upload-progress';
import '../../styles/content-common.css';
import '../../styles/media.css';

const ACCEPT = 'image/*,video/*,audio/*,application/pdf';

/** The project's media library: import (file dialog or drop), list, alt text, usage, delete. */
export const MediaLibraryDialog = ({ onClose }: { onClose: () => void }) => {
  const { t, i18n } = useTranslation();
  const media = useMediaList();
  const actions = useMediaActions();
  const importer = useLibraryImport();
  const inputId = useId();
  const helpId = useId();
  const pendingId = useId();
  const drop = useMediaDrop((files) => {
    void importer.importFiles(files);
  });
  const error = actions.update.error ?? actions.remove.error;
  return (
    <ModalDialog
      title={t('content.library.title')}
      onClose={onClose}
      className="modal--wide media-library"
      describedBy={helpId}
    >
      <div
        className={`media-library__drop${drop.over ? ' media-library__drop--over' : ''}`}
        {...drop.props}
      >
        <p id={helpId}>{t('content.library.help')}</p>
        <input
          id={inputId}
          type="file"
          multiple
          accept={ACCEPT}
          className="visually-hidden-file"
          disabled={importer.upload.status === 'uploading'}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void importer.importFiles(files);
          }}
        />
        <label htmlFor={inputId} className="button-like button-like--primary">
          {t('content.library.import')}
        </label>
        {importer.queue > 1 && (
          <p role="status">{t('content.library.queue', { count: importer.queue })}</p>
        )}
        <UploadProgress state={importer.upload} onCancel={importer.cancel} />
      </div>
      {importer.pending.length > 0 && (
        <section className="media-library__pending" aria-labelledby={pendingId}>
          <h3 id={pendingId}>{t('content.library.pendingTitle')}</h3>
          <p>{t('content.library.pendingHelp')}</p>
          <ul className="media-library__list">
            {importer.pending.map(({ file, previewUrl }) => (
              <PendingImageItem
                key={previewUrl}
                file={file}
                previewUrl={previewUrl}
                busy={importer.upload.status === 'uploading'}
                onImport={(description) => {
                  void importer.describe(file, description);
                }}
                onDiscard={() => {
                  importer.discard(file);
                }}
              />
            ))}
          </ul>
        </section>
      )}
      {error !== null && (
        <p className="error-text" role="alert">
          {localizedMessage(toAppErrorData(error), i18n.language)}
        </p>
      )}
      {media.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (media.data ?? []).length === 0 ? (
        <p className="muted">{t('content.library.empty')}</p>
      ) : (
        <ul className="media-library__list" aria-label={t('content.library.listLabel')}>
          {(media.data ?? []).map((item) => (
            <MediaLibraryItem
              key={`${item.id}:${item.alt}:${String(item.decorative)}:${item.author}`}
              media={item}
              onUpdate={(patch) => {
                actions.update.mutate({ id: item.id, patch });
              }}
              onDelete={() => {
                actions.remove.mutate(item.id);
              }}
            />
          ))}
        </ul>
      )}
      <div className="modal__actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </ModalDialog>
  );
};
