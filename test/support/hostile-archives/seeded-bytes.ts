import { createHash } from 'node:crypto';

/** Pseudo-random bytes that are the same on every run (SHA-256 in counter mode). */
export const seededBytes = (seed: string, length: number): Buffer => {
  const blocks: Buffer[] = [];
  for (let counter = 0; blocks.length * 32 < length; counter += 1) {
    blocks.push(
      createHash('sha256')
        .update(`${seed}:${String(counter)}`)
        .digest(),
    );
  }
  return Buffer.concat(blocks).subarray(0, length);
};
