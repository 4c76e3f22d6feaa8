/** A medium's id: the sha256 of its bytes, as the media library stores it. */
export const isMediaId = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);

/** Throws (a ProseMirror attribute validator) unless `value` is a medium's id. */
export const assertMediaId = (value: unknown): void => {
  if (!isMediaId(value)) throw new RangeError('mediaId must be a sha256 hex string');
};
