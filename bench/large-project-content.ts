import type { RichText, RichTextNode } from '../src/shared/domain/rich-text';

const WORDS =
  'enseignant élève classe lecture écriture compétence séquence évaluation formative numérique projet coopération oral vocabulaire compréhension problème démarche observation différenciation autonomie consigne'.split(
    ' ',
  );

/** A deterministic pseudo-random generator, so every run builds the same project. */
export const createRandom = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
};

const sentence = (random: () => number, words: number): string => {
  const list = Array.from(
    { length: words },
    () => WORDS[Math.floor(random() * WORDS.length)] ?? 'mot',
  );
  const text = list.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};

const paragraph = (random: () => number): RichTextNode => ({
  type: 'paragraph',
  content: [
    { type: 'text', text: `${sentence(random, 12)} ` },
    { type: 'text', text: sentence(random, 4), marks: [{ type: 'bold' }] },
    { type: 'text', text: ` ${sentence(random, 20)} ` },
    {
      type: 'text',
      text: 'Ressource Éduscol',
      marks: [{ type: 'link', attrs: { href: 'https://eduscol.education.fr/' } }],
    },
  ],
});

/** A page of 1–4 KB of text: headings, paragraphs with marks and links, a list. */
export const realisticPage = (random: () => number): RichText => ({
  type: 'doc',
  content: [
    {
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: sentence(random, 5) }],
    },
    ...Array.from({ length: 2 + Math.floor(random() * 5) }, () => paragraph(random)),
    {
      type: 'bulletList',
      content: Array.from({ length: 3 }, () => ({
        type: 'listItem',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(random, 8) }] }],
      })),
    },
  ],
});

const countWords = (node: RichTextNode): number =>
  (node.text === undefined ? 0 : node.text.split(/\s+/).filter(Boolean).length) +
  (node.content ?? []).reduce((sum, child) => sum + countWords(child), 0);

const list = (random: () => number, type: 'bulletList' | 'orderedList'): RichTextNode => ({
  type,
  content: Array.from({ length: 4 }, () => ({
    type: 'listItem',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(random, 10) }] }],
  })),
});

/**
 * A long page of about `words` words (10,000 ≈ 20 printed pages): chapters with a level-2
 * heading, sub-parts with level-3 headings, paragraphs with marks and links, and lists.
 */
export const longDocument = (random: () => number, words: number): RichText => {
  const content: RichTextNode[] = [];
  let total = 0;
  for (let part = 0; total < words; part += 1) {
    const block: RichTextNode[] = [
      {
        type: 'heading',
        attrs: { level: part % 4 === 0 ? 2 : 3 },
        content: [{ type: 'text', text: sentence(random, 6) }],
      },
      paragraph(random),
      paragraph(random),
      list(random, part % 2 === 0 ? 'bulletList' : 'orderedList'),
      paragraph(random),
    ];
    for (const node of block) total += countWords(node);
    content.push(...block);
  }
  return { type: 'doc', content };
};
