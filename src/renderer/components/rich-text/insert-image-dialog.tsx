import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type ImageAttrs, useInsertImageForm } from '../../hooks/use-insert-image-form';
import { UploadProgress } from '../media/upload-progress';
import { MediaPicker } from '../media/media-picker';
import { ModalDialog } from '../modal-dialog';

interface InsertImageDialogProps {
  onInsert: (attrs: ImageAttrs) => void;
  onClose: () => void;
}

/** Picks (or imports) an image of the library and asks what it shows, or that it is decorative. */
export const InsertImageDialog = ({ onInsert, onClose }: InsertImageDialogProps) => {
  const { t } = useTranslation();
  const form = useInsertImageForm(onInsert);
  const helpId = useId();
  const altId = useId();
  const errorId = useId();
  const pickerName = useId();
  const fileId = useId();
  return (
    <ModalDialog
      title={t('content.image.title')}
      onClose={onClose}
      describedBy={helpId}
      className="modal--wide"
    >
      <p id={helpId}>{t('content.image.help')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          form.submit();
        }}
      >
        <MediaPicker
          legend={t('content.image.library')}
          kinds={['image']}
          name={pickerName}
          selectedId={form.media?.id ?? null}
          onSelect={form.select}
        />
        <div className="media-import">
          <input
            id={fileId}
            type="file"
            accept="image/*"
            className="visually-hidden-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) form.pickFile(file);
            }}
          />
          <label htmlFor={fileId} className="button-like">
            {t('content.image.fromFile')}
          </label>
          {form.pending && (
            <p className="pending-image">
              <img src={form.pending.previewUrl} alt="" className="media-thumb" />
              <span>{t('content.image.pending', { name: form.pending.file.name })}</span>
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={altId}>{t('content.image.alt')}</label>
          <textarea
            id={altId}
            rows={2}
            lang="fr"
            spellCheck
            maxLength={1000}
            disabled={form.decorative}
            aria-invalid={form.problem === 'noAlt'}
            aria-describedby={form.problem === null ? undefined : errorId}
            value={form.alt}
            onChange={(event) => {
              form.setAlt(event.target.value);
            }}
          />
        </div>
        <label className="choice">
          <input
            type="checkbox"
            checked={form.decorative}
            onChange={(event) => {
              form.setDecorative(event.target.checked);
            }}
          />
          {t('content.image.decorative')}
        </label>
        <UploadProgress state={form.upload} onCancel={form.cancelUpload} />
        {form.problem !== null && (
          <p id={errorId} className="error-text" role="alert">
            {t(`content.image.problem.${form.problem}`)}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button--primary"
            disabled={form.upload.status === 'uploading'}
          >
            {t('content.image.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
};
