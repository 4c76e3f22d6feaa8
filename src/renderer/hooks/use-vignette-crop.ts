import { useEffect, useState } from 'react';
import type { Area, Point } from 'react-easy-crop';
import type { Media } from '../../shared/domain/media';
import { cropToBlob } from '../components/indexation/crop-to-blob';
import { mediaUrl } from '../transport/media-url';
import { useMediaUpload } from './use-media-upload';

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 4;
const ZOOM_STEP = 0.1;

type Source = { kind: 'media'; media: Media } | { kind: 'file'; file: File; url: string };

/**
 * The vignette's crop: a source image (from the library or a local file), the 16:9 frame
 * the author moves and zooms, then the cropped canvas uploaded as a new medium.
 */
export const useVignetteCrop = (title: string, onDone: (mediaId: string) => void) => {
  const { state, upload, cancel } = useMediaUpload();
  const [source, setSource] = useState<Source | null>(null);
  const [crop, setCrop] = useState<Point>({ x: 0, y: 0 });
  const [zoom, setZoom] = useState(MIN_ZOOM);
  const [area, setArea] = useState<Area | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(
    () => () => {
      if (source?.kind === 'file') URL.revokeObjectURL(source.url);
    },
    [source],
  );

  const reset = () => {
    setCrop({ x: 0, y: 0 });
    setZoom(MIN_ZOOM);
    setFailed(false);
  };
  const clampZoom = (value: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, value));

  return {
    source,
    src: source === null ? null : source.kind === 'file' ? source.url : mediaUrl(source.media.id),
    crop,
    zoom,
    upload: state,
    cancelUpload: cancel,
    failed,
    pickMedia: (media: Media) => {
      reset();
      setSource({ kind: 'media', media });
    },
    pickFile: (file: File) => {
      reset();
      setSource({ kind: 'file', file, url: URL.createObjectURL(file) });
    },
    setCrop,
    setZoom: (value: number) => {
      setZoom(clampZoom(value));
    },
    zoomBy: (direction: 1 | -1) => {
      setZoom((current) => clampZoom(current + direction * ZOOM_STEP));
    },
    setArea,
    save: async () => {
      if (source === null || area === null) return;
      setFailed(false);
      try {
        const src = source.kind === 'file' ? source.url : mediaUrl(source.media.id);
        const blob = await cropToBlob(src, area);
        const media = await upload(blob, {
          name: `vignette-${title.slice(0, 60) || 'parcours'}.jpg`,
          alt: title,
        });
        if (media) onDone(media.id);
      } catch {
        setFailed(true);
      }
    },
  };
};
