import { useTranslation } from 'react-i18next';
import type { PreviewActivity, PreviewMedia } from '../../shared/preview/preview-model';
import { formatBytes } from '../components/media/format-bytes';

type FileActivity = Extract<PreviewActivity, { type: 'file' }>;

/** A file resource: an image, video or sound shown in the page; any file to download. */
export const FileView = ({
  file,
  media,
}: {
  file: FileActivity;
  media: Record<string, PreviewMedia>;
}) => {
  const { t, i18n } = useTranslation();
  const medium = file.mediaId === null ? undefined : media[file.mediaId];
  if (!medium) return <p className="muted">{t('preview.file.none')}</p>;
  const captions = medium.captionsMediaId === null ? undefined : media[medium.captionsMediaId];
  const track = captions && (
    <track
      kind="captions"
      src={captions.url}
      srcLang={i18n.language.startsWith('en') ? 'en' : 'fr'}
      label={t('preview.file.captions')}
      default
    />
  );
  const credits = [
    medium.author === '' ? null : t('preview.file.author', { author: medium.author }),
    medium.licence === '' ? null : t('preview.file.licence', { licence: medium.licence }),
  ].filter((part) => part !== null);
  return (
    <figure className="pv-file">
      {medium.kind === 'image' && (
        <img
          src={medium.url}
          alt={medium.decorative ? '' : medium.alt}
          className="pv-file__image"
        />
      )}
      {medium.kind === 'video' && (
        <video controls preload="metadata" src={medium.url} className="pv-file__video">
          {track}
        </video>
      )}
      {medium.kind === 'audio' && (
        <audio controls preload="metadata" src={medium.url}>
          {track}
        </audio>
      )}
      <figcaption>
        <a href={medium.url} download={medium.name}>
          {t('preview.file.download', {
            name: medium.name,
            size: formatBytes(medium.sizeBytes, i18n.language),
          })}
        </a>
        {credits.length > 0 && <span className="pv-file__credits"> · {credits.join(' · ')}</span>}
      </figcaption>
    </figure>
  );
};
