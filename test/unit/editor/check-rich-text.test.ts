import { describe, expect, it } from 'vitest';
import type { RichText, RichTextNode } from '../../../src/shared/domain/rich-text';
import { checkRichText } from '../../../src/shared/editor/check-rich-text';
import { collectMediaIds } from '../../../src/shared/editor/collect-media-ids';

const ID = 'a'.repeat(64);
const CAPTIONS = 'b'.repeat(64);
const doc = (...content: RichTextNode[]): RichText => ({ type: 'doc', content });
const paragraph = (text: string): RichTextNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});
const cell = (type: 'tableHeader' | 'tableCell', text: string): RichTextNode => ({
  type,
  content: [paragraph(text)],
});

describe('checkRichText: the nodes the editor adds', () => {
  it('accepts a table with a header row', () => {
    const table: RichTextNode = {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Étape'), cell('tableHeader', 'Durée')] },
        { type: 'tableRow', content: [cell('tableCell', 'Accueil'), cell('tableCell', '15 min')] },
      ],
    };
    expect(checkRichText(doc(table))).toBeNull();
  });

  it('accepts an image with alt text, or marked decorative', () => {
    expect(
      checkRichText(
        doc({ type: 'image', attrs: { mediaId: ID, alt: 'Carte', decorative: false } }),
      ),
    ).toBeNull();
    expect(
      checkRichText(doc({ type: 'image', attrs: { mediaId: ID, alt: '', decorative: true } })),
    ).toBeNull();
  });

  it('refuses an image with neither alt text nor the decorative choice', () => {
    expect(
      checkRichText(doc({ type: 'image', attrs: { mediaId: ID, alt: '  ', decorative: false } })),
    ).toMatch(/alt/);
    expect(checkRichText(doc({ type: 'image', attrs: { mediaId: ID } }))).toMatch(/alt/);
  });

  it('refuses an image that points to a URL instead of a medium', () => {
    expect(
      checkRichText(
        doc({ type: 'image', attrs: { mediaId: 'https://evil.example/x.png', alt: 'x' } }),
      ),
    ).not.toBeNull();
    expect(checkRichText(doc({ type: 'image', attrs: { alt: 'sans média' } }))).not.toBeNull();
  });

  it('accepts a video or audio medium, with or without captions', () => {
    expect(
      checkRichText(
        doc({
          type: 'mediaEmbed',
          attrs: { mediaId: ID, title: 'Entretien', captionsMediaId: null },
        }),
      ),
    ).toBeNull();
    expect(
      checkRichText(
        doc({ type: 'mediaEmbed', attrs: { mediaId: ID, title: '', captionsMediaId: CAPTIONS } }),
      ),
    ).toBeNull();
  });

  it('refuses a media embed whose captions are not a medium', () => {
    expect(
      checkRichText(
        doc({
          type: 'mediaEmbed',
          attrs: { mediaId: ID, title: 't', captionsMediaId: 'javascript:alert(1)' },
        }),
      ),
    ).not.toBeNull();
  });

  it('accepts the three callout variants and refuses others', () => {
    for (const variant of ['info', 'important', 'conseil']) {
      expect(
        checkRichText(
          doc({ type: 'callout', attrs: { variant }, content: [paragraph('À noter')] }),
        ),
      ).toBeNull();
    }
    expect(
      checkRichText(
        doc({ type: 'callout', attrs: { variant: 'danger' }, content: [paragraph('x')] }),
      ),
    ).not.toBeNull();
    expect(checkRichText(doc({ type: 'callout', attrs: { variant: 'info' } }))).not.toBeNull();
  });

  it('still refuses unknown nodes and javascript: links, even inside the new nodes', () => {
    expect(checkRichText(doc({ type: 'iframe' }))).not.toBeNull();
    expect(checkRichText(doc({ type: 'rawHtml', attrs: { html: '<script>' } }))).not.toBeNull();
    const link = (href: string): RichTextNode => ({
      type: 'paragraph',
      content: [{ type: 'text', text: 'ici', marks: [{ type: 'link', attrs: { href } }] }],
    });
    const inCallout = (href: string) =>
      doc({ type: 'callout', attrs: { variant: 'conseil' }, content: [link(href)] });
    expect(checkRichText(inCallout('javascript:alert(1)'))).toMatch(/forbidden/);
    expect(checkRichText(inCallout('JaVaScRiPt:alert(1)'))).toMatch(/forbidden/);
    expect(checkRichText(inCallout('data:text/html,x'))).toMatch(/forbidden/);
    expect(checkRichText(inCallout('https://eduscol.education.fr'))).toBeNull();
    expect(checkRichText(inCallout('mailto:formation@ac-lyon.fr'))).toBeNull();
    const table: RichTextNode = {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableCell', content: [link('vbscript:x')] }] },
      ],
    };
    expect(checkRichText(doc(table))).toMatch(/forbidden/);
  });

  it('refuses a table cell outside a table', () => {
    expect(checkRichText(doc(cell('tableCell', 'seule')))).not.toBeNull();
  });
});

describe('collectMediaIds', () => {
  it('lists every medium once, captions included', () => {
    const content = doc(
      { type: 'image', attrs: { mediaId: ID, alt: 'a', decorative: false } },
      {
        type: 'callout',
        attrs: { variant: 'info' },
        content: [{ type: 'mediaEmbed', attrs: { mediaId: ID, captionsMediaId: CAPTIONS } }],
      },
    );
    expect(collectMediaIds(content)).toEqual([ID, CAPTIONS]);
  });
});
