import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MOODLE_LICENCES, type MediaWithUsage } from '../../../shared/domain/media';
import { formatBytes } from './format-bytes';
import { MediaThumbnail } from './media-thumbnail';

interface MediaLibraryItemProps {
  media: MediaWithUsage;
  onUpdate: (patch: {
    alt?: string;
    decorative?: boolean;
    author?: string;
    licence?: string;
  }) => void;
  onDelete: () => void;
}

/**
 * One medium: preview, name, kind, size, alt text, "décorative", author and licence, where it
 * is used, delete.
 */
export const MediaLibraryItem = ({ media, onUpdate, onDelete }: MediaLibraryItemProps) => {
  const { t, i18n } = useTranslation();
  const [alt, setAlt] = useState(media.alt);
  const [author, setAuthor] = useState(media.author);
  const altId = useId();
  const authorId = useId();
  const licenceId = useId();
  const creditsHelpId = useId();
  // A licence a site defined (read from a backup) stays selectable as it is.
  const known = (licence: string): boolean =>
    (MOODLE_LICENCES as readonly string[]).includes(licence);
  const licences: readonly string[] =
    media.licence === '' || known(media.licence)
      ? MOODLE_LICENCES
      : [...MOODLE_LICENCES, media.licence];
  const reasonId = useId();
  const used = media.usage.length > 0;
  const isImage = media.kind === 'image';
  return (
    <li className="media-item" aria-label={media.name}>
      <MediaThumbnail media={media} />
      <div className="media-item__body">
        <h3 className="media-item__name">{media.name}</h3>
        <p className="media-item__meta">
          {t(`content.media.kind.${media.kind}`)} ·{' '}
          <span>{formatBytes(media.sizeBytes, i18n.language)}</span>
          {media.width !== null && media.height !== null && ` · ${media.width} × ${media.height}`}
        </p>
        {isImage && (
          <div className="media-item__alt">
            <label htmlFor={altId}>{t('content.media.alt')}</label>
            <input
              id={altId}
              lang="fr"
              spellCheck
              maxLength={1000}
              value={alt}
              disabled={media.decorative}
              onChange={(event) => {
                setAlt(event.target.value);
              }}
              onBlur={() => {
                if (alt !== media.alt) onUpdate({ alt });
              }}
            />
            <label className="choice">
              <input
                type="checkbox"
                checked={media.decorative}
                onChange={(event) => {
                  onUpdate({ decorative: event.target.checked });
                }}
              />
              {t('content.image.decorative')}
            </label>
          </div>
        )}
        <div className="media-item__credits">
          <label htmlFor={authorId}>{t('content.media.author')}</label>
          <input
            id={authorId}
            maxLength={255}
            value={author}
            aria-describedby={creditsHelpId}
            onChange={(event) => {
              setAuthor(event.target.value);
            }}
            onBlur={() => {
              if (author.trim() !== media.author) onUpdate({ author });
            }}
          />
          <label htmlFor={licenceId}>{t('content.media.licence')}</label>
          <select
            id={licenceId}
            value={media.licence}
            aria-describedby={creditsHelpId}
            onChange={(event) => {
              onUpdate({ licence: event.target.value });
            }}
          >
            <option value="">{t('content.media.licences.none')}</option>
            {licences.map((licence) => (
              <option key={licence} value={licence}>
                {known(licence)
                  ? t(`content.media.licences.${licence}`)
                  : t('content.media.licences.other', { name: licence })}
              </option>
            ))}
          </select>
          <span id={creditsHelpId} className="field__help">
            {t('content.media.creditsHelp')}
          </span>
        </div>
        <div className="media-item__usage">
          <span>{t('content.media.usedIn')}</span>{' '}
          {used ? (
            <ul>
              {media.usage.map((usage) => (
                <li key={`${usage.entity}:${usage.entityId}`}>
                  {t(`content.media.usage.${usage.entity}`, {
                    parcours: usage.parcoursTitle,
                    title: usage.entityTitle,
                  })}
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">{t('content.media.unused')}</span>
          )}
        </div>
        <div className="media-item__actions">
          <button
            type="button"
            className="button--small"
            aria-disabled={used ? true : undefined}
            aria-describedby={used ? reasonId : undefined}
            onClick={() => {
              if (!used) onDelete();
            }}
          >
            {t('content.media.delete', { name: media.name })}
          </button>
          {used && (
            <span id={reasonId} className="field__help">
              {t('content.media.deleteBlocked', { count: media.usage.length })}
            </span>
          )}
        </div>
      </div>
    </li>
  );
};
