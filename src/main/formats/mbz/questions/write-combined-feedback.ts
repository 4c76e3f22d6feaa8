import type { QuestionCombinedFeedback } from '../../../../shared/domain/question-combined-feedback';
import type { QuestionWriter } from './question-writer';

/** The six combined-feedback columns; their files go to the question's areas of that name. */
export const writeCombinedFeedback = (c: QuestionCombinedFeedback, w: QuestionWriter) => {
  const correct = w.text(c.correct, 'question', 'correctfeedback', w.questionId);
  const partially = w.text(
    c.partiallyCorrect,
    'question',
    'partiallycorrectfeedback',
    w.questionId,
  );
  const incorrect = w.text(c.incorrect, 'question', 'incorrectfeedback', w.questionId);
  return {
    correctfeedback: correct.text,
    correctfeedbackformat: correct.format,
    partiallycorrectfeedback: partially.text,
    partiallycorrectfeedbackformat: partially.format,
    incorrectfeedback: incorrect.text,
    incorrectfeedbackformat: incorrect.format,
  };
};
