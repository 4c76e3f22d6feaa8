import type { QuestionCombinedFeedback } from '../../../shared/domain/question-combined-feedback';
import type { QuestionText } from '../../../shared/domain/question-text';

const FORMATS = {
  html: 'html',
  moodle_auto: 'moodle_auto_format',
  plain: 'plain_text',
  markdown: 'markdown',
};

/** Resolves a file's bytes as base64 (the writer's only access to media). */
export type FileResolver = (mediaId: string) => string | undefined;

const pad = (n: number): string => ' '.repeat(n);

/** The pieces of Moodle 4.5's XML writer, byte for byte. */
export const xmlOut = {
  /** CDATA exactly when `htmlspecialchars()` would change the text (`< > & "`). */
  cdata: (text: string): string =>
    /[<>&"]/.test(text) ? `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>` : text,
  escape: (text: string): string =>
    text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'),
  seven: (value: number): string => value.toFixed(7),
  files: (text: QuestionText, files: FileResolver): string =>
    text.files
      .map(
        (f) =>
          `<file name="${f.name}" path="${f.path}" encoding="base64">${files(f.mediaId) ?? ''}</file>\n`,
      )
      .join(''),
  /** `<tag format="…"><text>…</text>[files]</tag>` at `indent`, with `extra` lines inside. */
  text: (
    tag: string,
    text: QuestionText,
    indent: number,
    files: FileResolver,
    extra = '',
    withFormat = true,
  ): string =>
    `${pad(indent)}<${tag}${withFormat ? ` format="${FORMATS[text.format]}"` : ''}>\n` +
    `${pad(indent + 2)}<text>${xmlOut.cdata(text.text)}</text>\n${xmlOut.files(text, files)}${extra}${pad(indent)}</${tag}>\n`,
  combined: (c: QuestionCombinedFeedback, files: FileResolver): string =>
    xmlOut.text('correctfeedback', c.correct, 4, files) +
    xmlOut.text('partiallycorrectfeedback', c.partiallyCorrect, 4, files) +
    xmlOut.text('incorrectfeedback', c.incorrect, 4, files),
  format: (text: QuestionText): string => FORMATS[text.format],
};
