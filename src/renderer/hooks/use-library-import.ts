import { useEffect, useRef, useState } from 'react';
import { useMediaUpload } from './use-media-upload';

/** A dropped image waiting for its description, with a preview made from the file itself. */
export interface PendingImage {
  file: File;
  previewUrl: string;
}

/**
 * Imports into the library, one file at a time. The core stores an image only with its
 * alt text (or "décorative"), so dropped images wait in a list until the author describes
 * them; other files go in at once.
 */
export const useLibraryImport = () => {
  const uploader = useMediaUpload();
  const [pending, setPending] = useState<PendingImage[]>([]);
  const [queue, setQueue] = useState(0);
  const urls = useRef(new Set<string>());
  useEffect(() => {
    const created = urls.current;
    return () => {
      for (const url of created) URL.revokeObjectURL(url);
      created.clear();
    };
  }, []);
  const forget = (file: File) => {
    setPending((items) =>
      items.filter((item) => {
        if (item.file !== file) return true;
        URL.revokeObjectURL(item.previewUrl);
        urls.current.delete(item.previewUrl);
        return false;
      }),
    );
  };
  return {
    upload: uploader.state,
    cancel: uploader.cancel,
    pending,
    queue,
    importFiles: async (files: File[]) => {
      const images = files.filter((file) => file.type.startsWith('image/'));
      const others = files.filter((file) => !file.type.startsWith('image/'));
      const added = images.map((file) => ({ file, previewUrl: URL.createObjectURL(file) }));
      for (const item of added) urls.current.add(item.previewUrl);
      setPending((current) => [...current, ...added]);
      setQueue(others.length);
      for (const file of others) {
        await uploader.upload(file);
        setQueue((left) => left - 1);
      }
    },
    describe: async (file: File, description: { alt: string } | { decorative: true }) => {
      const media = await uploader.upload(file, description);
      if (media) forget(file);
    },
    discard: forget,
  };
};
