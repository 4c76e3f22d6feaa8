import { useEffect, useState } from 'react';
import type { Media } from '../../shared/domain/media';
import { useClient } from './use-client';
import { useMediaUpload } from './use-media-upload';

export type ImageFormProblem = 'noImage' | 'noAlt' | null;

export interface ImageAttrs {
  mediaId: string;
  alt: string;
  decorative: boolean;
}

/** A file chosen on the computer: imported only once it is described (the core requires it). */
interface PendingFile {
  file: File;
  previewUrl: string;
}

/**
 * The "Insérer une image" form. An image goes in only with alt text or the explicit
 * "décorative" choice; a new file is imported with that description, and the alt text
 * written for a library image also fills the library's when it had none.
 */
export const useInsertImageForm = (onInsert: (attrs: ImageAttrs) => void) => {
  const client = useClient();
  const uploader = useMediaUpload();
  const [media, setMedia] = useState<Media | null>(null);
  const [pending, setPending] = useState<PendingFile | null>(null);
  const [alt, setAlt] = useState('');
  const [decorative, setDecorative] = useState(false);
  const [problem, setProblem] = useState<ImageFormProblem>(null);

  useEffect(
    () => () => {
      if (pending) URL.revokeObjectURL(pending.previewUrl);
    },
    [pending],
  );

  const insertFile = async (file: File, text: string) => {
    const uploaded = await uploader.upload(file, decorative ? { decorative } : { alt: text });
    if (uploaded) onInsert({ mediaId: uploaded.id, alt: decorative ? '' : text, decorative });
  };

  return {
    media,
    pending,
    alt,
    decorative,
    problem,
    upload: uploader.state,
    cancelUpload: uploader.cancel,
    select: (next: Media) => {
      setPending(null);
      setMedia(next);
      setAlt(next.alt);
      setDecorative(next.decorative);
      setProblem(null);
    },
    pickFile: (file: File) => {
      setMedia(null);
      setPending({ file, previewUrl: URL.createObjectURL(file) });
      setProblem(null);
    },
    setAlt: (value: string) => {
      setAlt(value);
      if (value.trim() !== '') setProblem(null);
    },
    setDecorative: (value: boolean) => {
      setDecorative(value);
      if (value) setProblem(null);
    },
    submit: () => {
      if (media === null && pending === null) {
        setProblem('noImage');
        return;
      }
      const text = alt.trim();
      if (text === '' && !decorative) {
        setProblem('noAlt');
        return;
      }
      if (pending) {
        void insertFile(pending.file, text);
        return;
      }
      if (media === null) return;
      if (media.alt === '' && !media.decorative) {
        const patch = decorative ? { decorative: true } : { alt: text };
        // The library's text only helps the next insertion: the document holds its own copy.
        void client.invoke('media.update', { id: media.id, patch }).catch(() => null);
      }
      onInsert({ mediaId: media.id, alt: decorative ? '' : text, decorative });
    },
  };
};
