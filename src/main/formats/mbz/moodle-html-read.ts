import type { Element } from 'happy-dom';
import type { MediaKind } from '../../../shared/domain/media';
import { emptyRichText, type RichText } from '../../../shared/domain/rich-text';
import { createHtmlToRichText, type HtmlToRichText } from '../html-to-rich-text';
import { parsePluginfileUrl } from './pluginfile-url';
import { createInertWindow } from '../inert-window';

/** A file of the text's area that a `@@PLUGINFILE@@` link resolved to. */
export interface ResolvedFile {
  mediaId: string;
  kind: MediaKind;
  /** The record's author and licence, written back with the file. */
  author?: string | null;
  license?: string | null;
}

/** What reading one text needs from its owner: file resolution and a place for notes. */
export interface MoodleHtmlReadDeps {
  /** The medium of a file of the text's area, or null when the backup lacks it. */
  resolve: (filePath: string, fileName: string) => ResolvedFile | null;
  note: (messageFr: string, messageEn: string) => void;
  /** Called for each image resolved, with its alt text (to describe imported media). */
  onImage?: (mediaId: string, alt: string) => void;
}

const KEPT: Readonly<Record<string, [string, string]>> = {
  text: ['remplacé par une description', 'replaced by a description'],
  flattened: ['texte gardé, mise en forme perdue', 'text kept, structure lost'],
};

/**
 * Moodle HTML → rich text. `@@PLUGINFILE@@` images, videos and audio players are resolved to
 * media of the text's file area and become the editor's media nodes; what the editor cannot
 * hold (links to files or to other activities, unknown markup) is reported through `note`,
 * then the sanitizing converter (`html-to-rich-text.ts`) does the rest. One DOM window serves
 * every text of a backup: call `close()` at the end.
 */
export class MoodleHtmlReader {
  readonly #window = createInertWindow();
  readonly #converter: HtmlToRichText = createHtmlToRichText();

  read(html: string, deps: MoodleHtmlReadDeps): RichText {
    if (html.trim() === '') return emptyRichText();
    const root = this.#window.document.createElement('div');
    root.innerHTML = html;
    for (const img of [...root.querySelectorAll('img')]) this.#image(img, deps);
    for (const player of [...root.querySelectorAll('video, audio')]) this.#player(player, deps);
    for (const a of [...root.querySelectorAll('a[href]')]) this.#link(a, deps);
    for (const e of [...root.querySelectorAll('iframe, embed, object, script, style')])
      this.#embed(e, deps);
    const { doc, unsupported } = this.#converter.convert(root.innerHTML);
    for (const u of unsupported) {
      const [fr, en] = KEPT[u.kept] ?? ['', ''];
      deps.note(
        `Balise <${u.tag}> (${u.count}) : ${fr}.`,
        `<${u.tag}> element (${u.count}): ${en}.`,
      );
    }
    return doc;
  }

  close(): void {
    this.#converter.close();
    void this.#window.happyDOM.close();
  }

  #resolve(url: string | null, deps: MoodleHtmlReadDeps): ResolvedFile | null {
    const target = parsePluginfileUrl(url ?? '');
    if (target === null) return null;
    const found = deps.resolve(target.filePath, target.fileName);
    if (found === null) {
      deps.note(
        `Fichier « ${target.fileName} » absent de la sauvegarde.`,
        `File "${target.fileName}" is missing from the backup.`,
      );
    }
    return found;
  }

  #image(img: Element, deps: MoodleHtmlReadDeps): void {
    const found = this.#resolve(img.getAttribute('src'), deps);
    if (found === null) return;
    const alt = (img.getAttribute('alt') ?? '').trim();
    img.setAttribute('data-media-id', found.mediaId);
    if (alt === '') img.setAttribute('data-decorative', 'true');
    deps.onImage?.(found.mediaId, alt);
    // An image alone in its paragraph is a block of its own in the editor.
    const parent = img.parentElement;
    if (
      parent?.tagName === 'P' &&
      parent.children.length === 1 &&
      parent.textContent.trim() === ''
    ) {
      parent.replaceWith(img);
    }
  }

  #player(player: Element, deps: MoodleHtmlReadDeps): void {
    const source =
      player.getAttribute('src') ?? player.querySelector('source')?.getAttribute('src');
    const found = this.#resolve(source ?? null, deps);
    if (found === null) return;
    const track = player.querySelector('track[src]');
    const captions = track === null ? null : this.#resolve(track.getAttribute('src'), deps);
    const figure = this.#window.document.createElement('figure');
    figure.setAttribute('data-media-embed', '');
    figure.setAttribute('data-media-id', found.mediaId);
    figure.setAttribute('data-title', player.getAttribute('title') ?? '');
    if (captions !== null) figure.setAttribute('data-captions-media-id', captions.mediaId);
    (player.parentElement?.tagName === 'P' && player.parentElement.children.length === 1
      ? player.parentElement
      : player
    ).replaceWith(figure);
  }

  /**
   * The sanitizer removes embedded content whole: an iframe (a video, a padlet…) becomes the
   * bracketed description the converter gives other media it cannot hold; scripts and styles
   * are dropped. Either way the note says so.
   */
  #embed(element: Element, deps: MoodleHtmlReadDeps): void {
    const tag = element.tagName.toLowerCase();
    if (tag === 'script' || tag === 'style') {
      deps.note(`Balise <${tag}> retirée (sécurité).`, `<${tag}> element removed (security).`);
      element.remove();
      return;
    }
    const src = element.getAttribute('src') ?? element.getAttribute('data') ?? '';
    const title = element.getAttribute('title') ?? '';
    const paragraph = this.#window.document.createElement('p');
    paragraph.textContent = `[Contenu intégré : ${(title || src).slice(0, 200)}]`;
    element.replaceWith(paragraph);
    deps.note(
      `Balise <${tag}> (${src.slice(0, 80)}) : remplacée par une description.`,
      `<${tag}> element (${src.slice(0, 80)}): replaced by a description.`,
    );
  }

  #link(a: Element, deps: MoodleHtmlReadDeps): void {
    const href = a.getAttribute('href') ?? '';
    const file = parsePluginfileUrl(href);
    if (file === null && !href.startsWith('$@')) return;
    if (file !== null) {
      this.#resolve(href, deps);
      deps.note(
        `Lien vers le fichier « ${file.fileName} » : le texte reste, le lien est retiré.`,
        `Link to the file "${file.fileName}": its text is kept, the link removed.`,
      );
    } else {
      deps.note(
        `Lien vers un autre élément du cours (${href.slice(0, 60)}) : le texte reste, le lien est retiré.`,
        `Link to another course item (${href.slice(0, 60)}): its text is kept, the link removed.`,
      );
    }
    a.replaceWith(...a.childNodes);
  }
}
