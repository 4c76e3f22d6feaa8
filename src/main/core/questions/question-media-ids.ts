import type { Question } from '../../../shared/domain/question';

/** `"mediaId":"…"` can only be a key in JSON text: a quote inside a string is escaped. */
const MEDIA_ID = /"mediaId":"([^"\\]+)"/g;

/** Every media id the files of a question's texts refer to (text, feedback, answers, hints…). */
export const questionMediaIds = (question: Question): string[] => [
  ...new Set([...JSON.stringify(question).matchAll(MEDIA_ID)].map((m) => m[1] ?? '')),
];
