import type { QuestionResponse } from './question-response';

/** Keys sorted, unset fields dropped: `{ choice: 1 }` and `{ choice: 1, text: undefined }` are one. */
const canonical = (response: QuestionResponse): string =>
  JSON.stringify(response, Object.keys(response).sort());

/** Whether two responses are the same answer (Moodle's `is_same_response`, for every type at once). */
export const sameResponse = (a: QuestionResponse, b: QuestionResponse): boolean =>
  canonical(a) === canonical(b);
