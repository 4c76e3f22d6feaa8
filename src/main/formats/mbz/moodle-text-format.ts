import { htmlElement, type HtmlChild } from './html-element';

/** Moodle's text formats (`FORMAT_*`). */
export const TEXT_FORMAT = { moodle: 0, html: 1, plain: 2, markdown: 4 } as const;

const lines = (text: string): HtmlChild[] =>
  text.split('\n').flatMap((line, i) => (i === 0 ? [line] : [{ html: '<br>' }, line]));

/**
 * A Moodle text as HTML: HTML as it is; the Moodle auto-format as HTML when it holds tags,
 * else as paragraphs (blank lines) and line breaks; plain text and Markdown escaped the same
 * way (Markdown is not rendered: the caller reports it).
 */
export const textAsHtml = (text: string, format: number): string => {
  if (format === TEXT_FORMAT.html) return text;
  if (format === TEXT_FORMAT.moodle && /<[a-z][^>]*>/i.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => htmlElement('p', {}, lines(p.trim())).html)
    .join('');
};
