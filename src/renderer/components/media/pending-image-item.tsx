import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface PendingImageItemProps {
  file: File;
  previewUrl: string;
  busy: boolean;
  onImport: (description: { alt: string } | { decorative: true }) => void;
  onDiscard: () => void;
}

/** A dropped image waiting for its alt text (or "décorative") before it is imported. */
export const PendingImageItem = ({
  file,
  previewUrl,
  busy,
  onImport,
  onDiscard,
}: PendingImageItemProps) => {
  const { t } = useTranslation();
  const [alt, setAlt] = useState('');
  const [decorative, setDecorative] = useState(false);
  const [refused, setRefused] = useState(false);
  const altId = useId();
  const errorId = useId();
  return (
    <li className="media-item media-item--pending" aria-label={file.name}>
      <img className="media-thumb" src={previewUrl} alt="" />
      <form
        className="media-item__body"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!decorative && alt.trim() === '') {
            setRefused(true);
            return;
          }
          onImport(decorative ? { decorative: true } : { alt: alt.trim() });
        }}
      >
        <h3 className="media-item__name">{file.name}</h3>
        <div className="media-item__alt">
          <label htmlFor={altId}>{t('content.media.alt')}</label>
          <input
            id={altId}
            lang="fr"
            spellCheck
            maxLength={1000}
            value={alt}
            disabled={decorative}
            aria-invalid={refused}
            aria-describedby={refused ? errorId : undefined}
            onChange={(event) => {
              setAlt(event.target.value);
              setRefused(false);
            }}
          />
          <label className="choice">
            <input
              type="checkbox"
              checked={decorative}
              onChange={(event) => {
                setDecorative(event.target.checked);
                setRefused(false);
              }}
            />
            {t('content.image.decorative')}
          </label>
        </div>
        {refused && (
          <p id={errorId} className="error-text" role="alert">
            {t('content.library.altRequired')}
          </p>
        )}
        <div className="media-item__actions">
          <button type="submit" className="button--small button--primary" disabled={busy}>
            {t('content.library.importOne', { name: file.name })}
          </button>
          <button type="button" className="button--small" onClick={onDiscard}>
            {t('content.library.discard', { name: file.name })}
          </button>
        </div>
      </form>
    </li>
  );
};
