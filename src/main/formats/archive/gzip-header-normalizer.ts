import { Transform, type TransformCallback } from 'node:stream';

/** Offset of the OS byte in a gzip header, and the value for Unix. */
const OS_OFFSET = 9;
const OS_UNIX = 3;

/**
 * Sets the gzip header's OS byte to 3 (Unix), as Moodle writes it: zlib writes the byte of the
 * platform it was built for, and the same input must give the same bytes everywhere. zlib
 * already writes mtime 0 and no header CRC, so nothing else needs changing.
 */
export class GzipHeaderNormalizer extends Transform {
  #position = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const offset = OS_OFFSET - this.#position;
    this.#position += chunk.length;
    if (offset >= 0 && offset < chunk.length) {
      const copy = Buffer.from(chunk);
      copy[offset] = OS_UNIX;
      callback(null, copy);
      return;
    }
    callback(null, chunk);
  }
}
