import { readBase64 } from './read-base64';

export interface MediaPreview {
  width: number | null;
  height: number | null;
  /** A small PNG for the library, or null when the file cannot be drawn. */
  pngBase64: string | null;
}

const THUMBNAIL_MAX = 320;
/** `media.setThumbnail` takes at most 400,000 base64 characters. */
const THUMBNAIL_MAX_BASE64 = 400_000;

type Drawable = CanvasImageSource & { width?: number };

const toPng = async (source: Drawable, width: number, height: number): Promise<string | null> => {
  for (const max of [THUMBNAIL_MAX, 160]) {
    const scale = Math.min(1, max / Math.max(width, height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    canvas.getContext('2d')?.drawImage(source, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => {
      canvas.toBlob(resolve, 'image/png');
    });
    if (!blob) return null;
    const base64 = await readBase64(blob);
    if (base64.length <= THUMBNAIL_MAX_BASE64) return base64;
  }
  return null;
};

const imagePreview = async (blob: Blob): Promise<MediaPreview> => {
  const bitmap = await createImageBitmap(blob);
  try {
    const { width, height } = bitmap;
    return { width, height, pngBase64: await toPng(bitmap, width, height) };
  } finally {
    bitmap.close();
  }
};

/** A frame a little way into the video (the first is often black), read through a blob URL. */
const videoPreview = (blob: Blob): Promise<MediaPreview> =>
  new Promise((resolve, reject) => {
    const url = URL.createObjectURL(blob);
    const video = document.createElement('video');
    video.muted = true;
    video.preload = 'auto';
    const done = (result: MediaPreview | Error) => {
      URL.revokeObjectURL(url);
      video.removeAttribute('src');
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    video.onloadedmetadata = () => {
      video.currentTime = Math.min(1, (video.duration || 0) / 10);
    };
    video.onseeked = () => {
      const { videoWidth: width, videoHeight: height } = video;
      toPng(video, width, height).then(
        (pngBase64) => {
          done({ width, height, pngBase64 });
        },
        (error: unknown) => {
          done(error instanceof Error ? error : new Error('thumbnail failed'));
        },
      );
    };
    video.onerror = () => {
      done(new Error('video cannot be decoded'));
    };
    video.src = url;
  });

/**
 * Decodes an image or a video in the renderer (it has the codecs) for its size and a
 * thumbnail. Anything else, or a file the browser cannot decode, gets no preview.
 */
export const makeThumbnail = async (blob: Blob, mime: string): Promise<MediaPreview> => {
  const none: MediaPreview = { width: null, height: null, pngBase64: null };
  try {
    if (mime.startsWith('image/')) return await imagePreview(blob);
    if (mime.startsWith('video/')) return await videoPreview(blob);
  } catch {
    // An undecodable file is still a medium: it is stored, only without a preview.
  }
  return none;
};
