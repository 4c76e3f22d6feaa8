import type { RichText } from '../../../src/shared/domain/rich-text';
import { mediaOf, patternBytes } from './sample-media';

/** The sample parcours's own media (the bank brings its images) and their bytes. */
export const PNG = patternBytes('\x89PNG\r\n\x1a\n', 900);
export const VIDEO = patternBytes('\0\0\0\x18ftypisom', 3 * 1024 * 1024 + 17);
export const CAPTIONS = Buffer.from(
  'WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour à toutes et à tous.\n',
);
export const PDF = Buffer.from('%PDF-1.4\n% Guide du formateur — démarche\n%%EOF\n');

export const image = mediaOf(PNG, {
  name: 'schéma de la démarche.png',
  mime: 'image/png',
  kind: 'image',
  width: 640,
  height: 360,
  alt: 'Les quatre étapes de la démarche',
  hasThumbnail: true,
});
export const captions = mediaOf(CAPTIONS, {
  name: 'sous-titres.vtt',
  mime: 'text/vtt',
  kind: 'other',
});
export const video = mediaOf(VIDEO, {
  name: 'Présentation / séance 1.mp4',
  mime: 'video/mp4',
  kind: 'video',
  captionsMediaId: captions.id,
});
export const pdf = mediaOf(PDF, { name: '.guide.pdf', mime: 'application/pdf', kind: 'pdf' });

const text = (value: string, marks?: { type: string; attrs?: Record<string, unknown> }[]) => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});

/** Rich text with a heading, marks, a link, a list, an image and a captioned video. */
export const richText = (title: string): RichText => ({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text(title)] },
    {
      type: 'paragraph',
      content: [
        text('Lisez « l’œuvre » '),
        text('attentivement', [{ type: 'bold' }]),
        text(' puis ouvrez '),
        text('Éduscol', [{ type: 'link', attrs: { href: 'https://eduscol.education.fr/' } }]),
        text('.\nDeuxième ligne\ttabulée, 😀.'),
      ],
    },
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('Un')] }] }],
    },
    { type: 'image', attrs: { mediaId: image.id, alt: image.alt, decorative: false } },
    {
      type: 'mediaEmbed',
      attrs: { mediaId: video.id, title: 'Séance 1', captionsMediaId: captions.id },
    },
    { type: 'paragraph' },
  ],
});
