import DOMPurify from 'dompurify';

/** What survives a paste: structure the editor schema holds, nothing that styles or runs. */
const ALLOWED_TAGS = [
  'p',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'a',
  'strong',
  'b',
  'em',
  'i',
];
const ALLOWED_ATTR = ['href', 'colspan', 'rowspan'];

/** Word's fake list paragraphs: `<p class=MsoListParagraph style="mso-list:l0 level1 lfo1">`. */
const isWordListItem = (element: Element): boolean =>
  element.tagName === 'P' && /mso-list:\s*l\d/i.test(element.getAttribute('style') ?? '');

/** Word numbers its lists with a glyph inside `<span style="mso-list:Ignore">`. */
const isOrderedGlyph = (item: Element): boolean => {
  const glyph = item.querySelector('[style*="mso-list:Ignore" i]')?.textContent ?? '';
  return /^\s*[0-9a-z]+[.)]/i.test(glyph);
};

/** Turns runs of Word list paragraphs into real `<ul>`/`<ol>` before sanitising. */
const rebuildWordLists = (body: HTMLElement): void => {
  for (const first of [...body.querySelectorAll('p')].filter(isWordListItem)) {
    if (
      !first.isConnected ||
      (first.previousElementSibling && isWordListItem(first.previousElementSibling))
    )
      continue;
    const list = body.ownerDocument.createElement(isOrderedGlyph(first) ? 'ol' : 'ul');
    first.before(list);
    let item: Element | null = first;
    while (item && isWordListItem(item)) {
      const next: Element | null = item.nextElementSibling;
      for (const glyph of item.querySelectorAll('[style*="mso-list:Ignore" i]')) glyph.remove();
      const li = body.ownerDocument.createElement('li');
      li.append(...item.childNodes);
      list.append(li);
      item.remove();
      item = next;
    }
  }
};

/** The schema has h2–h4: a pasted h1 becomes h2, h5 and h6 become h4. */
const fitHeadings = (body: HTMLElement): void => {
  for (const heading of body.querySelectorAll('h1, h5, h6')) {
    const level = heading.tagName === 'H1' ? 'h2' : 'h4';
    const replacement = body.ownerDocument.createElement(level);
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  }
};

/**
 * Cleans HTML pasted from Word, LibreOffice or a web page (ProseMirror's
 * `transformPastedHTML`): Word lists become lists, then DOMPurify keeps only headings,
 * paragraphs, lists, tables, links (http, https, mailto) and bold/italic. Styles (`mso-*`
 * included), classes, fonts, `<o:p>`, comments, conditional comments and Word's `<xml>`
 * blocks are dropped.
 */
export const cleanPastedHtml = (html: string): string => {
  // Not a sanitiser (DOMPurify is): parsing Word's `onclick=…` in a page with a CSP makes
  // Chromium report a blocked inline handler, so handler attributes go before parsing.
  const withoutHandlers = html.replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
  const document = new DOMParser().parseFromString(withoutHandlers, 'text/html');
  rebuildWordLists(document.body);
  fitHeadings(document.body);
  return DOMPurify.sanitize(document.body.innerHTML, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
    ADD_FORBID_CONTENTS: ['xml', 'style', 'title', 'head'],
    KEEP_CONTENT: true,
  });
};
