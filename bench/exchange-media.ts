/**
 * The 50 MiB of media of the exchange bench (P5, P6), generated once and the same for both:
 * one video-like file (random bytes behind an ISO BMFF `ftyp` box: incompressible, as encoded
 * video is) and four PDF-like files whose content streams are uncompressed French text with
 * PDF operators, a quarter of each being an embedded random "image" stream (so they compress
 * about as much as a text-heavy PDF saved without stream compression).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from './large-project-content';

export interface BenchMedium {
  path: string;
  name: string;
  mime: string;
  bytes: number;
}

const MIB = 1024 * 1024;
const VIDEO_BYTES = 30 * MIB;
const PDF_BYTES = 5 * MIB;
const PDFS = 4;

const WORDS =
  "les élèves construisent une démarche de compréhension du texte grâce à la lecture partagée puis chaque groupe rédige une synthèse que l'enseignant évalue avec une grille critériée afin de différencier les consignes et accompagner la progression vers l'autonomie en situation de projet coopératif numérique".split(
    ' ',
  );

const writeVideoLike = (fd: number, bytes: number): void => {
  const block = randomBytes(MIB);
  block.writeUInt32BE(24, 0);
  block.write('ftypisom', 4, 'latin1');
  for (let at = 0; at < bytes; at += block.length) {
    writeSync(fd, block, 0, Math.min(block.length, bytes - at));
    // A fresh tail each MiB, so no two blocks repeat within gzip's window either.
    randomBytes(4096).copy(block, 4096);
    block[MIB - 1] = (block[MIB - 1] ?? 0) + 1;
  }
};

const textStream = (random: () => number, lines: number): string => {
  const out: string[] = ['BT /F1 11 Tf 14 TL 72 770 Td'];
  for (let i = 0; i < lines; i += 1) {
    const words = Array.from(
      { length: 8 + Math.floor(random() * 6) },
      () => WORDS[Math.floor(random() * WORDS.length)] ?? 'mot',
    );
    out.push(`(${words.join(' ')}) Tj T*`);
  }
  out.push('ET');
  return out.join('\n');
};

const writePdfLike = (fd: number, bytes: number, seed: number): void => {
  const random = createRandom(seed);
  const trailer = '\n%%EOF\n';
  const limit = bytes - trailer.length;
  let written = 0;
  const put = (chunk: Buffer | string): void => {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    const room = limit - written;
    if (room <= 0) return;
    writeSync(fd, buffer, 0, Math.min(room, buffer.length));
    written += Math.min(room, buffer.length);
  };
  put('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  for (let object = 1; written < limit; object += 1) {
    if (object % 4 === 0) {
      const image = randomBytes(48 * 1024);
      put(`${String(object)} 0 obj\n<< /Type /XObject /Subtype /Image /Width 160 /Height 100 `);
      put(`/BitsPerComponent 8 /Filter /DCTDecode /Length ${String(image.length)} >>\nstream\n`);
      put(image);
    } else {
      const text = textStream(random, 1_200);
      put(`${String(object)} 0 obj\n<< /Length ${String(text.length)} >>\nstream\n${text}`);
    }
    put('\nendstream\nendobj\n');
  }
  // The last object is cut at the size asked for; the trailer ends the file.
  writeSync(fd, Buffer.from(trailer, 'latin1'));
};

const generate = (path: string, write: (fd: number) => void): void => {
  if (existsSync(path)) return;
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  try {
    write(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
};

/** The bench's media in `dir` (generated when missing): 30 MiB of video, 4 × 5 MiB of PDF. */
export const exchangeMedia = (dir: string): BenchMedium[] => {
  mkdirSync(dir, { recursive: true });
  const video: BenchMedium = {
    path: join(dir, 'video-seance-1.mp4'),
    name: 'video-seance-1.mp4',
    mime: 'video/mp4',
    bytes: VIDEO_BYTES,
  };
  generate(video.path, (fd) => {
    writeVideoLike(fd, VIDEO_BYTES);
  });
  const pdfs = Array.from({ length: PDFS }, (_, i): BenchMedium => {
    const name = `fiche-ressource-${String(i + 1)}.pdf`;
    return { path: join(dir, name), name, mime: 'application/pdf', bytes: PDF_BYTES };
  });
  pdfs.forEach((pdf, i) => {
    generate(pdf.path, (fd) => {
      writePdfLike(fd, PDF_BYTES, 7 + i);
    });
  });
  return [video, ...pdfs];
};
