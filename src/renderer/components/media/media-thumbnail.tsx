import { useTranslation } from 'react-i18next';
import type { Media } from '../../../shared/domain/media';
import { mediaUrl } from '../../transport/media-url';

/** A medium's thumbnail, or its kind written out when it has none (PDF, audio…). */
export const MediaThumbnail = ({ media }: { media: Media }) => {
  const { t } = useTranslation();
  if (!media.hasThumbnail) {
    return (
      <span className={`media-thumb media-thumb--${media.kind}`} aria-hidden="true">
        {t(`content.media.kind.${media.kind}`)}
      </span>
    );
  }
  // The name next to it says what it is: the thumbnail itself is decorative.
  return <img className="media-thumb" src={mediaUrl(media.id, { thumbnail: true })} alt="" />;
};
