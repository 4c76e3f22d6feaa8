import type { QuestionOf } from '../../../../shared/domain/question';
import type { XmlNode } from '../../moodle-xml/xml-node';
import { writeAnswers } from './write-answers';
import { writeCombinedFeedback } from './write-combined-feedback';
import { plainText, type QuestionWriter } from './question-writer';

/** `plugin_qtype_multichoice_question`: answers, then the options row (README §8). */
export const writeMultichoice = (q: QuestionOf<'multichoice'>, w: QuestionWriter): XmlNode => {
  const { answers } = writeAnswers(q.answers, w);
  const c = writeCombinedFeedback(q.combinedFeedback, w);
  return {
    answers,
    multichoice: {
      '@_id': w.newId(),
      layout: 0,
      single: q.single,
      shuffleanswers: q.shuffleAnswers,
      ...c,
      answernumbering: q.answerNumbering,
      shownumcorrect: q.combinedFeedback.showNumCorrect,
      showstandardinstruction: q.showStandardInstruction,
    },
  };
};

/**
 * `plugin_qtype_truefalse_question`: the "True" and "False" answers (Moodle stores its own
 * strings there; only their ids matter) and the options row pointing at them.
 */
export const writeTruefalse = (q: QuestionOf<'truefalse'>, w: QuestionWriter): XmlNode => {
  const { answers, ids } = writeAnswers(
    [
      { text: plainText('True'), fraction: q.correctAnswer ? 1 : 0, feedback: q.feedbackTrue },
      { text: plainText('False'), fraction: q.correctAnswer ? 0 : 1, feedback: q.feedbackFalse },
    ],
    w,
  );
  return {
    answers,
    truefalse: {
      '@_id': w.newId(),
      trueanswer: ids[0],
      falseanswer: ids[1],
      showstandardinstruction: 0,
    },
  };
};
