import type { MediaKind } from '../../../shared/domain/media';

/** How many leading bytes the sniffing needs (JPEG dimensions may sit a few KB in). */
export const SNIFF_BYTES = 64 * 1024;

export interface SniffedType {
  kind: MediaKind;
  mime: string;
  width: number | null;
  height: number | null;
}

const ascii = (head: Buffer, start: number, end: number): string =>
  head.subarray(start, end).toString('latin1');

const jpegSize = (head: Buffer): { width: number; height: number } | null => {
  let at = 2;
  while (at + 9 < head.length) {
    if (head[at] !== 0xff) return null;
    const marker = head[at + 1] ?? 0;
    const length = head.readUInt16BE(at + 2);
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: head.readUInt16BE(at + 5), width: head.readUInt16BE(at + 7) };
    }
    at += 2 + length;
  }
  return null;
};

const image = (mime: string, size: { width: number; height: number } | null): SniffedType => ({
  kind: 'image',
  mime,
  width: size?.width ?? null,
  height: size?.height ?? null,
});

const plain = (kind: MediaKind, mime: string): SniffedType => ({
  kind,
  mime,
  width: null,
  height: null,
});

const isoMedia = (head: Buffer, claimed: string): SniffedType => {
  const brand = ascii(head, 8, 12);
  if (brand === 'M4A ' || brand === 'M4B ' || claimed.startsWith('audio/')) {
    return plain('audio', 'audio/mp4');
  }
  return plain('video', brand === 'qt  ' ? 'video/quicktime' : 'video/mp4');
};

const textual = (head: Buffer): SniffedType | null => {
  const text = ascii(head, 0, Math.min(head.length, 1024)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  if (text.startsWith('WEBVTT')) return plain('other', 'text/vtt');
  // SVG can carry scripts: never an image of the library, served as a download only.
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(text)) {
    return plain('other', 'image/svg+xml');
  }
  return null;
};

/**
 * The kind and type of a file from its first bytes; the name is never trusted and the
 * claimed type only breaks ties the bytes leave open (an MP4 or WebM holding only audio).
 * Unknown bytes are `other`: the library keeps them, the hosts serve them as downloads.
 */
export const sniffMediaType = (head: Buffer, claimedMime: string): SniffedType => {
  const claimed = claimedMime.toLowerCase();
  if (head.length >= 24 && head.readUInt32BE(0) === 0x89504e47) {
    return image('image/png', { width: head.readUInt32BE(16), height: head.readUInt32BE(20) });
  }
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff)
    return image('image/jpeg', jpegSize(head));
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') {
    return image(
      'image/gif',
      head.length >= 10 ? { width: head.readUInt16LE(6), height: head.readUInt16LE(8) } : null,
    );
  }
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP')
    return image('image/webp', null);
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WAVE')
    return plain('audio', 'audio/wav');
  if (ascii(head, 0, 5) === '%PDF-') return plain('pdf', 'application/pdf');
  if (ascii(head, 4, 8) === 'ftyp') return isoMedia(head, claimed);
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) {
    return claimed.startsWith('audio/')
      ? plain('audio', 'audio/webm')
      : plain('video', 'video/webm');
  }
  if (ascii(head, 0, 4) === 'OggS') {
    return claimed.startsWith('video/') ? plain('video', 'video/ogg') : plain('audio', 'audio/ogg');
  }
  if (ascii(head, 0, 4) === 'fLaC') return plain('audio', 'audio/flac');
  if (ascii(head, 0, 3) === 'ID3' || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)) {
    return plain('audio', 'audio/mpeg');
  }
  return textual(head) ?? plain('other', 'application/octet-stream');
};
