/** Longest file name written, in UTF-8 bytes: file systems stop at 255, paths need room too. */
const MAX_NAME_BYTES = 120;
/** Names Windows keeps for devices, whatever the extension. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

const cutToBytes = (text: string, bytes: number): string => {
  let out = '';
  for (const char of text) {
    if (Buffer.byteLength(out + char) > bytes) break;
    out += char;
  }
  return out;
};

/**
 * The file name a medium is written under in `media/<sha256>/`: its own name, made safe on
 * every file system (no separators, control or reserved characters, no leading dot, which
 * would hide it). The name in `media/media.json` stays the exact one.
 */
export const mediaFileName = (name: string): string => {
  const safe = name
    .normalize('NFC')
    .replace(/[\p{Cc}/\\:*?"<>|]/gu, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  const named = safe === '' ? 'fichier' : WINDOWS_DEVICE.test(safe) ? `_${safe}` : safe;
  if (Buffer.byteLength(named) <= MAX_NAME_BYTES) return named;
  const dot = named.lastIndexOf('.');
  const extension = dot > 0 && named.length - dot <= 16 ? named.slice(dot) : '';
  const stem = named.slice(0, named.length - extension.length);
  return cutToBytes(stem, MAX_NAME_BYTES - Buffer.byteLength(extension)).trimEnd() + extension;
};
