import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { useMediaList } from '../../hooks/use-media-list';
import { mediaUrl } from '../../transport/media-url';

/** A video or an audio medium inside the editor, playable, with its title and captions. */
export const MediaEmbedNodeView = ({ node, selected }: ReactNodeViewProps) => {
  const { t } = useTranslation();
  const media = useMediaList();
  const mediaId = String(node.attrs['mediaId']);
  const title = String(node.attrs['title'] ?? '');
  const captionsId = node.attrs['captionsMediaId'] as string | null;
  const medium = media.data?.find((item) => item.id === mediaId);
  const captions = media.data?.find((item) => item.id === captionsId);
  const isVtt = captions?.mime === 'text/vtt';
  const label = title || medium?.name || t('content.media.untitled');
  const track =
    captionsId !== null && isVtt ? (
      <track kind="captions" srcLang="fr" label="Français" src={mediaUrl(captionsId)} default />
    ) : null;
  return (
    <NodeViewWrapper
      as="figure"
      className={`rich-text__media${selected ? ' rich-text__media--selected' : ''}`}
      data-drag-handle=""
    >
      {medium?.kind === 'audio' ? (
        <audio controls src={mediaUrl(mediaId)} aria-label={label} preload="metadata">
          {track}
        </audio>
      ) : (
        <video
          controls
          src={mediaUrl(mediaId)}
          aria-label={label}
          preload="metadata"
          className="rich-text__video"
        >
          {track}
        </video>
      )}
      <figcaption className="rich-text__alt" contentEditable={false}>
        {label}
        {captionsId !== null && !isVtt && captions && (
          <>
            {' — '}
            {t('content.media.transcript', { name: captions.name })}
          </>
        )}
      </figcaption>
    </NodeViewWrapper>
  );
};
