import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { mediaUrl } from '../../transport/media-url';

/** An image of the library inside the editor; its alt text (or "décorative") shows below. */
export const ImageNodeView = ({ node, selected }: ReactNodeViewProps) => {
  const { t } = useTranslation();
  const mediaId = String(node.attrs['mediaId']);
  const decorative = node.attrs['decorative'] === true;
  const alt = decorative ? '' : String(node.attrs['alt']);
  return (
    <NodeViewWrapper
      as="figure"
      className={`rich-text__media${selected ? ' rich-text__media--selected' : ''}`}
      data-drag-handle=""
    >
      <img src={mediaUrl(mediaId)} alt={alt} className="rich-text__image" draggable={false} />
      <figcaption className="rich-text__alt" contentEditable={false}>
        {decorative ? t('content.media.decorativeShort') : t('content.media.altShown', { alt })}
      </figcaption>
    </NodeViewWrapper>
  );
};
