import { afterAll, describe, expect, it } from 'vitest';
import { createHtmlToRichText } from '../../../src/main/formats/html-to-rich-text';
import { checkRichText } from '../../../src/shared/editor/check-rich-text';

const converter = createHtmlToRichText();
afterAll(() => {
  converter.close();
});

const json = (html: string): string => JSON.stringify(converter.convert(html).doc);

describe('html-to-rich-text', () => {
  it('converts headings, marks, lists and links to editor JSON that checkRichText accepts', () => {
    const { doc, unsupported } = converter.convert(
      '<h2>Titre</h2><p>Un <strong>gras</strong> et <em>italique</em> <a href="https://eduscol.education.fr">lien</a></p><ol><li>un</li></ol>',
    );
    expect(unsupported).toEqual([]);
    expect(checkRichText(doc)).toBeNull();
    const text = JSON.stringify(doc);
    for (const part of ['"heading"', '"bold"', '"italic"', '"orderedList"', 'eduscol']) {
      expect(text).toContain(part);
    }
  });

  it('gives the empty document for empty or whitespace HTML', () => {
    expect(converter.convert('').doc).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(converter.convert('   ').doc).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it.each([
    '<script>alert(1)</script><p>ok</p>',
    '<img src=x onerror=alert(1)>',
    '<p onclick="alert(1)">ok</p>',
    '<a href="javascript:alert(1)">x</a>',
    '<svg><script>alert(1)</script></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<form action="javascript:alert(1)"><button>x</button></form>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  ])('never keeps anything executable: %s', (html) => {
    const { doc } = converter.convert(html);
    expect(checkRichText(doc)).toBeNull();
    expect(JSON.stringify(doc)).not.toMatch(/onerror|onclick|javascript:|<script|data:text/i);
  });

  it('keeps what the schema cannot hold as text and reports it', () => {
    const { doc, unsupported } = converter.convert(
      '<p>avant</p><img src="plan.png" alt="Plan du collège"><video src="v.mp4"></video><details><summary>Résumé</summary>Corps</details>',
    );
    const text = JSON.stringify(doc);
    expect(text).toContain('[Image : Plan du collège]');
    expect(text).toContain('Résumé');
    expect(text).toContain('Corps');
    expect(unsupported).toEqual(
      expect.arrayContaining([
        { tag: 'img', count: 1, kept: 'text' },
        { tag: 'details', count: 1, kept: 'flattened' },
      ]),
    );
    expect(checkRichText(doc)).toBeNull();
  });

  it('uses whatever nodes the editor list holds (tables, library images)', () => {
    expect(json('<table><tr><th>a</th></tr><tr><td>b</td></tr></table>')).toContain('"table"');
    const id = 'a'.repeat(64);
    const image = converter.convert(`<img data-media-id="${id}" alt="Un plan">`);
    expect(image.unsupported).toEqual([]);
    expect(JSON.stringify(image.doc)).toContain(`"mediaId":"${id}"`);
  });
});
