import type { AnyExtension } from '@tiptap/core';
import { getSchema } from '@tiptap/core';
import { DOMParser as SchemaParser, type Schema } from '@tiptap/pm/model';
import type { Element } from 'happy-dom';
import { emptyRichText, type RichText } from '../../shared/domain/rich-text';
import { checkRichText } from '../../shared/editor/check-rich-text';
import { editorExtensions } from '../../shared/editor/editor-extensions';
import { createHappyDomPurifier } from './happy-dom-purifier';
import { createInertWindow } from './inert-window';

/** An element of the source the editor schema could not hold, and what became of it. */
export interface UnsupportedMarkup {
  tag: string;
  count: number;
  /** `text`: replaced by a bracketed description; `flattened`: its text kept, its structure lost. */
  kept: 'text' | 'flattened';
}

export interface RichTextConversion {
  doc: RichText;
  /** Empty when nothing was lost; otherwise what the caller should report to the author. */
  unsupported: UnsupportedMarkup[];
}

export interface HtmlToRichText {
  convert(html: string): RichTextConversion;
  /** Frees the DOM window; the converter cannot be used afterwards. */
  close(): void;
}

/** Structural wrappers whose loss changes nothing an author would notice. */
const TRANSPARENT = new Set([
  'tbody',
  'thead',
  'tfoot',
  'body',
  'div',
  'span',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'font',
  'center',
  'nav',
  'aside',
]);

/** Elements without text of their own: dropping them would lose them entirely. */
const VOID_LABELS: Readonly<Record<string, string>> = {
  img: 'Image',
  video: 'Vidéo',
  audio: 'Audio',
  iframe: 'Contenu intégré',
  embed: 'Contenu intégré',
  object: 'Contenu intégré',
  svg: 'Image',
  canvas: 'Dessin',
  input: 'Champ de formulaire',
};

const describe = (element: Element, label: string): string => {
  const alt = element.getAttribute('alt') ?? element.getAttribute('title') ?? '';
  const src = element.getAttribute('src') ?? element.getAttribute('data') ?? '';
  const detail = alt.trim() || src.trim();
  return `[${label}${detail ? ` : ${detail.slice(0, 200)}` : ''}]`;
};

/** Every `tag` selector the schema's node and mark parse rules use. */
const parseSelectors = (schema: Schema): string[] => {
  const selectors: string[] = [];
  for (const type of [...Object.values(schema.nodes), ...Object.values(schema.marks)]) {
    for (const rule of type.spec.parseDOM ?? []) {
      if ('tag' in rule && typeof rule.tag === 'string') selectors.push(rule.tag);
    }
  }
  return selectors;
};

const matchesAny = (element: Element, selectors: readonly string[]): boolean =>
  selectors.some((selector) => {
    try {
      return element.matches(selector);
    } catch {
      return false;
    }
  });

/**
 * Converts HTML (gabarits now, Moodle imports later) to the editor's JSON. The HTML is
 * sanitized with DOMPurify on a happy-dom window, then parsed as tiptap's `generateJSON` does
 * with `editorExtensions()` — whatever nodes that list holds — and the result checked with
 * `checkRichText`.
 *
 * Nothing is dropped silently: an element the schema has no parse rule for either keeps its
 * text (ProseMirror lifts the content of unknown elements: reported as `flattened`) or, when
 * it has no text of its own (an `<img>` outside the media library, an `<iframe>`…), is
 * replaced by a bracketed description such as "[Image : plan du collège]" (reported as
 * `text`). When the editor gains a sanitized raw-HTML node, such markup should go there.
 */
export const createHtmlToRichText = (
  extensions: AnyExtension[] = editorExtensions(),
): HtmlToRichText => {
  const window = createInertWindow();
  const purify = createHappyDomPurifier(window);
  // Built once per converter, not per text: tiptap's `generateJSON` builds a schema and a
  // happy-dom window on every call, which cost most of a backup's reading time.
  const schema = getSchema(extensions);
  const schemaParser = SchemaParser.fromSchema(schema);
  const htmlParser = new window.DOMParser();
  const selectors = parseSelectors(schema);

  /** What `generateJSON` does, on this converter's window and schema: the same HTML re-parse. */
  const toJson = (html: string): RichText => {
    const parsed = htmlParser.parseFromString(
      `<!DOCTYPE html><html><body>${html}</body></html>`,
      'text/html',
    );
    return schemaParser.parse(parsed.body).toJSON() as RichText;
  };

  const mark = (root: Element): UnsupportedMarkup[] => {
    const found = new Map<string, UnsupportedMarkup>();
    const note = (tag: string, kept: UnsupportedMarkup['kept']): void => {
      const entry = found.get(tag) ?? { tag, count: 0, kept };
      entry.count += 1;
      found.set(tag, entry);
    };
    for (const element of [...root.querySelectorAll('*')]) {
      const tag = element.tagName.toLowerCase();
      if (TRANSPARENT.has(tag) || matchesAny(element, selectors)) continue;
      const label = VOID_LABELS[tag];
      if (label !== undefined) {
        const paragraph = root.ownerDocument.createElement('p');
        paragraph.textContent = describe(element, label);
        element.replaceWith(paragraph);
        note(tag, 'text');
      } else if (element.textContent.trim() !== '') {
        note(tag, 'flattened');
      }
    }
    return [...found.values()].sort((a, b) => a.tag.localeCompare(b.tag));
  };

  return {
    convert(html) {
      const body = purify.sanitize(html, { RETURN_DOM: true }) as unknown as Element;
      const unsupported = mark(body);
      const cleaned = body.innerHTML;
      if (cleaned.trim() === '') return { doc: emptyRichText(), unsupported };
      const json = toJson(cleaned);
      const doc: RichText =
        json.content.length === 0 ? emptyRichText() : { type: 'doc', content: json.content };
      const reason = checkRichText(doc);
      if (reason === null) return { doc, unsupported };
      // The parser only makes schema-valid nodes; should an extension disagree with itself,
      // the text survives as paragraphs rather than being lost.
      const paragraphs = (body.textContent || '')
        .split(/\n+/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
      return {
        doc: paragraphs.length > 0 ? { type: 'doc', content: paragraphs } : emptyRichText(),
        unsupported: [...unsupported, { tag: 'document', count: 1, kept: 'flattened' }],
      };
    },
    close() {
      void window.happyDOM.close();
    },
  };
};
