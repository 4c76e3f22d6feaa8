import type { Area } from 'react-easy-crop';

/** A vignette never needs more than this width (the platform shows it at ~400 px). */
const MAX_WIDTH = 1280;

const loadImage = (src: string): Promise<HTMLImageElement> =>
  new Promise((resolve, reject) => {
    const image = new Image();
    image.crossOrigin = 'anonymous';
    image.onload = () => {
      resolve(image);
    };
    image.onerror = () => {
      reject(new Error('image cannot be loaded'));
    };
    image.src = src;
  });

/**
 * Draws the cropped area of an image on a canvas at exactly 16:9 and returns it as JPEG:
 * the vignette is a new medium, the original stays in the library untouched.
 */
export const cropToBlob = async (src: string, area: Area): Promise<Blob> => {
  const image = await loadImage(src);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(16, Math.min(MAX_WIDTH, Math.round(area.width)));
  canvas.height = Math.round((canvas.width * 9) / 16);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(
    image,
    area.x,
    area.y,
    area.width,
    area.height,
    0,
    0,
    canvas.width,
    canvas.height,
  );
  const blob = await new Promise<Blob | null>((resolve) => {
    canvas.toBlob(resolve, 'image/jpeg', 0.9);
  });
  if (!blob) throw new Error('canvas export failed');
  return blob;
};
