import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaUrl } from '../../transport/media-url';
import { VignetteDialog } from './vignette-dialog';

interface VignetteFieldProps {
  mediaId: string | null;
  parcoursTitle: string;
  onChange: (mediaId: string | null) => void;
}

/** The parcours' 16:9 vignette: a preview, "Choisir et recadrer…" and "Retirer". */
export const VignetteField = ({ mediaId, parcoursTitle, onChange }: VignetteFieldProps) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <fieldset className="field vignette-field">
      <legend>{t('content.indexation.vignette')}</legend>
      {mediaId === null ? (
        <p className="muted">{t('content.vignette.none')}</p>
      ) : (
        <img
          className="vignette-field__preview"
          src={mediaUrl(mediaId)}
          alt={t('content.vignette.previewAlt', { title: parcoursTitle })}
        />
      )}
      <div className="field__row">
        <button
          type="button"
          onClick={() => {
            setOpen(true);
          }}
        >
          {t('content.vignette.choose')}
        </button>
        {mediaId !== null && (
          <button
            type="button"
            onClick={() => {
              onChange(null);
            }}
          >
            {t('content.vignette.remove')}
          </button>
        )}
      </div>
      {open && (
        <VignetteDialog
          parcoursTitle={parcoursTitle}
          onClose={() => {
            setOpen(false);
          }}
          onDone={(id) => {
            onChange(id);
            setOpen(false);
          }}
        />
      )}
    </fieldset>
  );
};
