import { afterAll, describe, expect, it } from 'vitest';
import { MbzFiles, type FileArea } from '../../../src/main/formats/mbz/mbz-files';
import { createMoodleHtml, type HtmlMemo } from '../../../src/main/formats/mbz/moodle-html';
import { MoodleHtmlReader } from '../../../src/main/formats/mbz/moodle-html-read';
import type { RichText } from '../../../src/shared/domain/rich-text';
import { checkRichText } from '../../../src/shared/editor/check-rich-text';
import { mediaFixture } from './support/media-fixtures';

const schema = mediaFixture('a', 'schéma-démarche.png', 'image/png');
const video = mediaFixture('b', 'conférence (1).mp4', 'video/mp4', 'video');
const captions = mediaFixture('c', 'sous-titres.vtt', 'text/vtt');
const media = new Map([schema, video, captions].map((m) => [m.id, m]));
const area: FileArea = { contextId: 35, component: 'mod_page', fileArea: 'content', itemId: 0 };
const reader = new MoodleHtmlReader();
afterAll(() => {
  reader.close();
});

const writer = (memo: HtmlMemo = {}) => {
  const files = new MbzFiles((id) => ({ media: media.get(id) ?? schema, sha1: id.slice(0, 40) }));
  const warnings: string[] = [];
  const html = createMoodleHtml({
    write: { files, media: (id) => media.get(id), warn: (fr) => warnings.push(fr) },
    memo,
  });
  return { files, html, warnings };
};

const readerFor = (memo: HtmlMemo = {}) => {
  const notes: string[] = [];
  const html = createMoodleHtml({
    read: {
      reader,
      resolve: (_area, path, name) => {
        const found = [...media.values()].find((m) => m.name === name && path === '/');
        return found === undefined ? null : { mediaId: found.id, kind: found.kind };
      },
      note: (fr) => notes.push(fr),
    },
    memo,
  });
  return { html, notes };
};

/** The page of the reference course (page_19), as Moodle stores it. */
const PAGE_19 =
  '<h3>Évaluer, c\'est…</h3><p>« Évaluer » signifie <em>porter un jugement de valeur</em> sur des acquis.</p><table class="table"><thead><tr><th>Type</th><th>Fonction</th></tr></thead><tbody><tr><td>Diagnostique</td><td>Situer l\'élève</td></tr></tbody></table><p><img src="@@PLUGINFILE@@/sch%C3%A9ma-d%C3%A9marche.png" alt="Illustration : évaluation" width="320" height="160"></p>';

describe('Moodle HTML → rich text', () => {
  it('keeps accents, « », emoji and tables, and resolves an encoded @@PLUGINFILE@@ image', () => {
    const { html, notes } = readerFor();
    const doc = html.read(`<p>📌 Calendrier — classe…</p>${PAGE_19}`, area);
    expect(checkRichText(doc)).toBeNull();
    const text = JSON.stringify(doc);
    for (const part of [
      '📌 Calendrier — classe…',
      '« Évaluer »',
      "Situer l'élève",
      '"table"',
      '"tableHeader"',
    ])
      expect(text).toContain(part);
    expect(doc.content).toContainEqual({
      type: 'image',
      attrs: { mediaId: schema.id, alt: 'Illustration : évaluation', decorative: false },
    });
    expect(notes).toEqual([]);
  });

  it('reads an image without alt text as decorative, a player as a media embed', () => {
    const { html } = readerFor();
    const doc = html.read(
      '<p><img src="@@PLUGINFILE@@/sch%C3%A9ma-d%C3%A9marche.png" alt=""></p><video controls title="Conférence"><source src="@@PLUGINFILE@@/conf%C3%A9rence%20%281%29.mp4"><track src="@@PLUGINFILE@@/sous-titres.vtt"></video>',
      area,
    );
    expect(doc.content).toEqual([
      { type: 'image', attrs: { mediaId: schema.id, alt: '', decorative: true } },
      {
        type: 'mediaEmbed',
        attrs: { mediaId: video.id, title: 'Conférence', captionsMediaId: captions.id },
      },
    ]);
  });

  it('reports what it cannot hold: a missing file, a link to a file or to an activity, unknown markup', () => {
    const { html, notes } = readerFor();
    const doc = html.read(
      '<p><img src="@@PLUGINFILE@@/absent.png" alt="Plan"> <a href="@@PLUGINFILE@@/fiche.pdf">la fiche</a> <a href="$@PAGEVIEWBYID*12@$">page</a></p><iframe src="https://x.fr"></iframe>',
      area,
    );
    expect(JSON.stringify(doc)).toContain('la fiche');
    expect(notes.join('\n')).toMatch(/absent\.png/);
    expect(notes.join('\n')).toMatch(/fiche\.pdf/);
    expect(notes.join('\n')).toMatch(/PAGEVIEWBYID/);
    expect(notes.join('\n')).toMatch(/<iframe>/);
  });
});

describe('rich text → Moodle HTML', () => {
  const doc: RichText = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: '« Évaluer » 😀 & <b>' }] },
      { type: 'image', attrs: { mediaId: schema.id, alt: 'Schéma', decorative: false } },
      {
        type: 'mediaEmbed',
        attrs: { mediaId: video.id, title: 'Vidéo', captionsMediaId: captions.id },
      },
      {
        type: 'callout',
        attrs: { variant: 'important' },
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Attention' }] }],
      },
    ],
  };

  it('links media as url-encoded @@PLUGINFILE@@ names and adds them to the area', () => {
    const { html, files } = writer();
    const out = html.write(doc, area);
    expect(out.html).toContain('<p>« Évaluer » 😀 &amp; &lt;b&gt;</p>');
    expect(out.html).toContain(
      '<img src="@@PLUGINFILE@@/sch%C3%A9ma-d%C3%A9marche.png" alt="Schéma">',
    );
    expect(out.html).toContain(
      '<source src="@@PLUGINFILE@@/conf%C3%A9rence%20%281%29.mp4" type="video/mp4">',
    );
    expect(out.html).toContain('<track kind="captions" src="@@PLUGINFILE@@/sous-titres.vtt"');
    expect(out.html).toContain('class="callout alert alert-warning"');
    expect(files.records().map((r) => r.fileName)).toEqual([
      '.',
      'schéma-démarche.png',
      'conférence (1).mp4',
      'sous-titres.vtt',
    ]);
    expect(out.fileIds).toEqual([1, 2, 3, 4]);
  });

  it('gives two media with the same name two names in one area', () => {
    const other = mediaFixture('d', 'schéma-démarche.png', 'image/png');
    media.set(other.id, other);
    const { html } = writer();
    const out = html.write(
      {
        type: 'doc',
        content: [
          { type: 'image', attrs: { mediaId: schema.id, alt: 'Un', decorative: false } },
          { type: 'image', attrs: { mediaId: other.id, alt: 'Deux', decorative: false } },
        ],
      },
      area,
    );
    expect(out.html).toContain('sch%C3%A9ma-d%C3%A9marche.png');
    expect(out.html).toContain('sch%C3%A9ma-d%C3%A9marche-2.png');
  });

  it('round-trips through Moodle HTML to the same rich text', () => {
    const { html } = writer();
    const back = readerFor().html.read(html.write(doc, area).html, area);
    expect(back).toEqual(doc);
  });

  it('writes an unedited imported text back byte for byte, with its files under their names', () => {
    const memo: HtmlMemo = {};
    const read = readerFor(memo).html.read(PAGE_19, area);
    const { html, files } = writer(memo);
    expect(html.write(read, area).html).toBe(PAGE_19);
    expect(files.records().map((r) => r.fileName)).toEqual(['.', 'schéma-démarche.png']);
  });

  it('writes an edited text from its rich text', () => {
    const memo: HtmlMemo = {};
    const read = readerFor(memo).html.read(PAGE_19, area);
    const edited: RichText = { ...read, content: read.content.slice(1) };
    expect(writer(memo).html.write(edited, area).html).not.toContain('<h3>');
  });
});
