import fc from 'fast-check';
import { completionSchema } from '../../../../src/shared/domain/completion';
import type { RichText } from '../../../../src/shared/domain/rich-text';
import { plainText } from './feedback-item-arbitrary';

/** Words separated by single spaces: what survives HTML's whitespace rules unchanged. */
const words = plainText(40, 1)
  .map((t) => t.replace(/\s+/g, ' ').trim())
  .filter((t) => t !== '');

/** A title (the schema trims it). */
export const titleArbitrary = words;

/** A document of one to three paragraphs of plain text. */
export const docArbitrary: fc.Arbitrary<RichText> = fc
  .array(words, { minLength: 1, maxLength: 3 })
  .map((texts) => ({
    type: 'doc',
    content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  }));

/** Any completion. */
export const COMPLETIONS_ARB = fc.constantFrom(...completionSchema.options);
