import { useId } from 'react';
import Cropper from 'react-easy-crop';
import { useTranslation } from 'react-i18next';
import { MAX_ZOOM, MIN_ZOOM, useVignetteCrop } from '../../hooks/use-vignette-crop';
import { MediaPicker } from '../media/media-picker';
import { UploadProgress } from '../media/upload-progress';
import { ModalDialog } from '../modal-dialog';

interface VignetteDialogProps {
  parcoursTitle: string;
  onDone: (mediaId: string) => void;
  onClose: () => void;
}

/** Picks an image and crops it to 16:9: arrows move the frame, + and − zoom. */
export const VignetteDialog = ({ parcoursTitle, onDone, onClose }: VignetteDialogProps) => {
  const { t } = useTranslation();
  const vignette = useVignetteCrop(parcoursTitle, onDone);
  const fileId = useId();
  const zoomId = useId();
  const helpId = useId();
  const pickerName = useId();
  return (
    <ModalDialog
      title={t('content.vignette.title')}
      onClose={onClose}
      className="modal--wide vignette-dialog"
      describedBy={helpId}
    >
      <p id={helpId}>{t('content.vignette.help')}</p>
      <MediaPicker
        legend={t('content.vignette.fromLibrary')}
        kinds={['image']}
        name={pickerName}
        selectedId={vignette.source?.kind === 'media' ? vignette.source.media.id : null}
        onSelect={vignette.pickMedia}
      />
      <div className="field">
        <label htmlFor={fileId}>{t('content.vignette.fromFile')}</label>
        <input
          id={fileId}
          type="file"
          accept="image/*"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) vignette.pickFile(file);
          }}
        />
      </div>
      {vignette.src !== null && (
        <>
          <div
            className="vignette-dialog__cropper"
            onKeyDown={(event) => {
              if (event.key === '+' || event.key === '=') vignette.zoomBy(1);
              else if (event.key === '-' || event.key === '_') vignette.zoomBy(-1);
              else return;
              event.preventDefault();
            }}
          >
            <Cropper
              image={vignette.src}
              crop={vignette.crop}
              zoom={vignette.zoom}
              minZoom={MIN_ZOOM}
              maxZoom={MAX_ZOOM}
              aspect={16 / 9}
              keyboardStep={10}
              onCropChange={vignette.setCrop}
              onZoomChange={vignette.setZoom}
              onCropComplete={(_area, pixels) => {
                vignette.setArea(pixels);
              }}
              mediaProps={{ alt: '', crossOrigin: 'anonymous' }}
              cropperProps={{
                role: 'group',
                'aria-label': t('content.vignette.frame'),
                'aria-roledescription': t('content.vignette.frameRole'),
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={zoomId}>{t('content.vignette.zoom')}</label>
            <input
              id={zoomId}
              type="range"
              min={MIN_ZOOM}
              max={MAX_ZOOM}
              step={0.1}
              value={vignette.zoom}
              onChange={(event) => {
                vignette.setZoom(Number(event.target.value));
              }}
            />
          </div>
        </>
      )}
      <UploadProgress state={vignette.upload} onCancel={vignette.cancelUpload} />
      {vignette.failed && (
        <p className="error-text" role="alert">
          {t('content.vignette.failed')}
        </p>
      )}
      <div className="modal__actions">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button--primary"
          disabled={vignette.src === null || vignette.upload.status === 'uploading'}
          onClick={() => {
            void vignette.save();
          }}
        >
          {t('content.vignette.save')}
        </button>
      </div>
    </ModalDialog>
  );
};
