/** Escapes text for HTML content and double-quoted attribute values. */
export const escapeHtml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** Reverses `escapeHtml` (and the few named entities an editor may write back). */
export const unescapeHtml = (text: string): string =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#34;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** A child of `htmlElement`: escaped text, or markup made by `htmlElement`. */
export type HtmlChild = string | { html: string };

/**
 * One HTML element with escaped attributes and children, for the few blocks Atelier adds to
 * Moodle texts (its meta line, the indexation block): markup is built, never concatenated.
 */
export const htmlElement = (
  tag: string,
  attrs: Readonly<Record<string, string>>,
  children: readonly HtmlChild[] = [],
): { html: string } => {
  const attributes = Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const inner = children.map((c) => (typeof c === 'string' ? escapeHtml(c) : c.html)).join('');
  return { html: `<${tag}${attributes}>${inner}</${tag}>` };
};
