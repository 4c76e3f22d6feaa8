import { describe, expect, it } from 'vitest';
import { buildPreviewModel } from '../../../src/main/core/preview/build-preview-model';
import type { RichTextNode } from '../../../src/shared/domain/rich-text';
import { PREVIEW_MODEL_FORMAT, visibleToRole } from '../../../src/shared/preview/preview-model';
import { sampleDocument } from '../folder/sample-document';

const at = new Date('2026-11-22T10:00:00.000Z');
const urlOf = (media: { id: string }) => `https://media.test/${media.id}`;

const model = () => buildPreviewModel(sampleDocument().doc, { mediaUrl: urlOf, generatedAt: at });

const activityNamed = (m: ReturnType<typeof model>, id: string) => {
  const found = m.sections.flatMap((s) => s.activities).find((a) => a.id === id);
  if (!found) throw new Error(`no activity ${id}`);
  return found;
};

describe('the preview model of a parcours', () => {
  it('says what it is, which parcours and version, and when it was made', () => {
    const m = model();
    const { doc } = sampleDocument();
    expect(m.format).toBe(PREVIEW_MODEL_FORMAT);
    expect(m.generatedAt).toBe('2026-11-22T10:00:00.000Z');
    expect(m.parcours).toMatchObject({
      id: doc.parcours.id,
      title: doc.parcours.title,
      version: doc.parcours.version,
    });
    expect(m.sections.map((s) => s.title)).toEqual(doc.sections.map((s) => s.section.title));
  });

  it('renders texts as Moodle would show them, media linked to their URL, no Moodle source', () => {
    const m = model();
    const page = activityNamed(m, 'a-2');
    expect(page.type).toBe('page');
    expect(page.contentHtml).toMatch(/<p>/);
    const withImage = m.sections
      .flatMap((s) => s.activities)
      .flatMap((a) => [a.introHtml, a.contentHtml ?? ''])
      .find((html) => html.includes('<img'));
    expect(withImage).toMatch(/src="https:\/\/media\.test\/[0-9a-f]{64}"/);
    expect(withImage).not.toContain('@@PLUGINFILE@@');
    for (const a of m.sections.flatMap((s) => s.activities)) expect(a).not.toHaveProperty('moodle');
    const book = activityNamed(m, 'a-15');
    expect(book.chapters?.length).toBeGreaterThan(0);
    expect(book.chapters?.[0]?.html).toMatch(/<p>/);
  });

  it('keeps a trainer note out of what a participant sees, not out of the model', () => {
    const m = model();
    const note = m.sections
      .flatMap((s) => s.activities)
      .find((a) => a.type === 'label' && a.variant === 'note-formateurs');
    expect(note).toBeDefined();
    if (!note) return;
    expect(visibleToRole(note.visibleTo, 'participant')).toBe(false);
    expect(visibleToRole(note.visibleTo, 'formateur')).toBe(true);
    expect(visibleToRole(note.visibleTo, 'concepteur')).toBe(true);
  });

  it('carries the quiz questions and the pool of each random slot (ready, tagged, in the category)', () => {
    const m = model();
    const { doc } = sampleDocument();
    const quiz = activityNamed(m, 'a-7');
    if (quiz.type !== 'quiz') throw new Error('a-7 is a quiz');
    for (const slot of quiz.slots) {
      if (slot.question.kind === 'fixed')
        expect(m.questions[slot.question.questionId]).toBeDefined();
      else {
        const pool = m.randomPools[slot.id] ?? [];
        const { categoryId, tags } = slot.question;
        const expected = doc.bank.questions
          .filter(
            (q) =>
              q.categoryId === categoryId &&
              q.status === 'ready' &&
              q.type !== 'description' &&
              tags.every((t) => q.tags.includes(t)),
          )
          .map((q) => q.id);
        expect(pool).toEqual(expected);
        for (const id of pool) expect(m.questions[id]).toBeDefined();
      }
    }
  });

  it('lists exactly the media the texts, files, vignette and captions use, with their credits', () => {
    const m = model();
    const { doc } = sampleDocument();
    const ids = Object.keys(m.media);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const source = doc.media.find((x) => x.id === id);
      expect(m.media[id]).toMatchObject({
        url: `https://media.test/${id}`,
        name: source?.name,
        author: source?.author,
        licence: source?.licence,
      });
    }
    const file = activityNamed(m, 'a-4');
    if (file.type !== 'file' || file.mediaId === null) throw new Error('a-4 is a file');
    expect(ids).toContain(file.mediaId);
  });

  it('sanitises what reaches HTML: a javascript: link and an event handler never survive', () => {
    const { doc } = sampleDocument();
    const hostile: RichTextNode = {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'cliquez',
          marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
        },
      ],
    };
    const first = doc.sections[0];
    if (!first) throw new Error('sample has sections');
    first.section = { ...first.section, summary: { type: 'doc', content: [hostile] } };
    const m = buildPreviewModel(doc, { mediaUrl: urlOf, generatedAt: at });
    const html = m.sections[0]?.summaryHtml ?? '';
    expect(html).toContain('cliquez');
    expect(html).not.toMatch(/javascript:/i);
  });
});
