import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Media } from '../../../shared/domain/media';
import { useMediaList } from '../../hooks/use-media-list';
import { MediaImportButton } from '../media/media-import-button';
import { MediaPicker } from '../media/media-picker';
import { ModalDialog } from '../modal-dialog';

interface MediaEmbedAttrs {
  mediaId: string;
  title: string;
  captionsMediaId: string | null;
}

interface InsertMediaDialogProps {
  onInsert: (attrs: MediaEmbedAttrs) => void;
  onClose: () => void;
}

/** Picks (or imports) a video or a sound, gives it a title and, if any, its captions. */
export const InsertMediaDialog = ({ onInsert, onClose }: InsertMediaDialogProps) => {
  const { t } = useTranslation();
  const media = useMediaList();
  const [selected, setSelected] = useState<Media | null>(null);
  const [title, setTitle] = useState('');
  const [captions, setCaptions] = useState('');
  const [missing, setMissing] = useState(false);
  const titleId = useId();
  const captionsId = useId();
  const pickerName = useId();
  const select = (next: Media) => {
    setSelected(next);
    setTitle((current) => (current === '' ? next.name.replace(/\.[^.]+$/, '') : current));
    setCaptions(next.captionsMediaId ?? '');
    setMissing(false);
  };
  const captionCandidates = (media.data ?? []).filter(
    (item) => item.kind === 'pdf' || item.kind === 'other',
  );
  return (
    <ModalDialog title={t('content.av.title')} onClose={onClose} className="modal--wide">
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (selected === null) {
            setMissing(true);
            return;
          }
          onInsert({
            mediaId: selected.id,
            title: title.trim(),
            captionsMediaId: captions === '' ? null : captions,
          });
        }}
      >
        <MediaPicker
          legend={t('content.av.library')}
          kinds={['video', 'audio']}
          name={pickerName}
          selectedId={selected?.id ?? null}
          onSelect={select}
        />
        <MediaImportButton accept="video/*,audio/*" onImported={select} />
        <div className="field">
          <label htmlFor={titleId}>{t('content.av.titleField')}</label>
          <input
            id={titleId}
            value={title}
            lang="fr"
            spellCheck
            maxLength={255}
            onChange={(event) => {
              setTitle(event.target.value);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={captionsId}>{t('content.av.captions')}</label>
          <select
            id={captionsId}
            value={captions}
            onChange={(event) => {
              setCaptions(event.target.value);
            }}
          >
            <option value="">{t('content.av.noCaptions')}</option>
            {captionCandidates.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        </div>
        {missing && (
          <p className="error-text" role="alert">
            {t('content.av.missing')}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button--primary">
            {t('content.av.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
};
