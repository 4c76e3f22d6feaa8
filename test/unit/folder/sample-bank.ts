import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMoodleXml } from '../../../src/main/formats/moodle-xml/parse-moodle-xml';
import { remapMediaIds } from '../../../src/main/core/questions/remap-media-ids';
import type { Media } from '../../../src/shared/domain/media';
import type { Question } from '../../../src/shared/domain/question';
import type { QuestionCategory } from '../../../src/shared/domain/question-category';
import { mediaOf, sha256 } from './sample-media';

const fixture = (name: string): string =>
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'questions', name), 'utf8');

/**
 * A bank with every question type (multichoice, truefalse, shortanswer, numerical, match,
 * gapselect, ddwtos, multianswer, essay, description, ordering, and kept calculated ones), read
 * from Moodle 4.5's own exports, with their images as media of the library.
 */
export const sampleBank = (): {
  categories: QuestionCategory[];
  questions: Question[];
  media: { media: Media; bytes: Uint8Array }[];
} => {
  const categories: QuestionCategory[] = [];
  const questions: Question[] = [];
  const media = new Map<string, { media: Media; bytes: Uint8Array }>();
  for (const [prefix, name] of [
    ['ref', 'ref-questions-4.5.xml'],
    ['extra', 'extra-types-4.5.xml'],
  ] as const) {
    let next = 0;
    const parsed = parseMoodleXml(fixture(name), {
      newId: () => `${prefix}-${String((next += 1))}`,
    });
    const ids = new Map<string, string>();
    for (const attachment of parsed.attachments) {
      const id = sha256(attachment.bytes);
      ids.set(attachment.mediaId, id);
      const kind = attachment.name.endsWith('.png') ? 'image' : 'other';
      const m = mediaOf(attachment.bytes, {
        name: attachment.name,
        mime: kind === 'image' ? 'image/png' : 'application/octet-stream',
        kind,
        alt: kind === 'image' ? `Illustration : ${attachment.name}` : '',
      });
      media.set(id, { media: m, bytes: attachment.bytes });
    }
    categories.push(...remapMediaIds(parsed.categories, ids));
    questions.push(...remapMediaIds(parsed.questions, ids));
  }
  const rank = new Map(categories.map((c, i) => [c.id, i]));
  questions.sort((a, b) => (rank.get(a.categoryId) ?? 0) - (rank.get(b.categoryId) ?? 0));
  return { categories, questions, media: [...media.values()] };
};
