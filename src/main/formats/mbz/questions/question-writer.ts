import type { QuestionText } from '../../../../shared/domain/question-text';
import type { MbzFiles } from '../mbz-files';
import { mbzTextFormat } from './mbz-text-format';

/** A text as the backup stores it: the string and its format number. */
export interface MbzText {
  text: string;
  format: number;
}

/**
 * What the type writers need to write one question: its Moodle id and context, fresh ids, and
 * a way to store a text whose files go to a file area of that context (README §7: question
 * files carry the category's context, itemid = the question, answer, hint… they belong to).
 */
export interface QuestionWriter {
  questionId: number;
  contextId: number;
  newId: () => number;
  text: (text: QuestionText, component: string, fileArea: string, itemId: number) => MbzText;
  /** Something the backup cannot hold for this question (export report `losses`). */
  loss: (message: string, messageEn: string) => void;
}

/** A `QuestionWriter` whose file records are added to `files` and their ids to `fileIds`. */
export const makeQuestionWriter = (
  base: { questionId: number; contextId: number; newId: () => number },
  files: MbzFiles,
  fileIds: number[],
  loss: QuestionWriter['loss'],
): QuestionWriter => ({
  ...base,
  loss,
  text: (text, component, fileArea, itemId) => {
    const area = { contextId: base.contextId, component, fileArea, itemId };
    for (const file of text.files)
      fileIds.push(...files.add(area, file.mediaId, file.name, file.path));
    return { text: text.text, format: mbzTextFormat.code(text.format) };
  },
});

/** A plain string as a text without files (short answer and numerical answers). */
export const plainText = (text: string): QuestionText => ({
  format: 'moodle_auto',
  text,
  files: [],
});
