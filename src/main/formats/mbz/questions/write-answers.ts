import type { QuestionText } from '../../../../shared/domain/question-text';
import type { XmlNode } from '../../moodle-xml/xml-node';
import { mbzDecimal } from './mbz-number';
import type { QuestionWriter } from './question-writer';

/** One `question_answers` row to write. */
export interface AnswerSpec {
  text: QuestionText;
  /** A grade (multichoice…) or, for ordering, the item's position. */
  fraction: number;
  feedback: QuestionText;
  /** `feedbackformat` when it is not the feedback text's own (gapselect/ddwtos store data there). */
  feedbackFormat?: number;
  /** `answerformat` when it is not the text's own (Moodle stores 0 for short answers…). */
  answerFormat?: number;
}

/**
 * The `answers` element every type built on `question_answers` has, with fresh ids (returned in
 * order, for the types that refer to them: truefalse, numerical records). Answer texts go to the
 * `answer` file area and feedback to `answerfeedback`, both keyed by the answer id.
 */
export const writeAnswers = (
  specs: readonly AnswerSpec[],
  w: QuestionWriter,
): { answers: XmlNode; ids: number[] } => {
  const ids: number[] = [];
  const answer = specs.map((spec) => {
    const id = w.newId();
    ids.push(id);
    const text = w.text(spec.text, 'question', 'answer', id);
    const feedback = w.text(spec.feedback, 'question', 'answerfeedback', id);
    return {
      '@_id': id,
      answertext: text.text,
      answerformat: spec.answerFormat ?? text.format,
      fraction: mbzDecimal(spec.fraction, 7),
      feedback: feedback.text,
      feedbackformat: spec.feedbackFormat ?? feedback.format,
    };
  });
  return { answers: { answer }, ids };
};
