import { answerNumberingSchema } from '../../../../shared/domain/question-choice-types';
import type { XmlNode } from '../../moodle-xml/xml-node';
import type { TextIn } from './bank-text-in';
import { mbzNode } from './mbz-node';
import { readAnswers, readCombinedFeedback } from './read-answers';

/** A multichoice's options and answers. */
export const readMultichoice = (plugin: XmlNode, questionId: number, textIn: TextIn) => {
  const options = mbzNode.child(plugin, 'multichoice');
  const numbering = answerNumberingSchema.safeParse(mbzNode.str(options, 'answernumbering'));
  return {
    type: 'multichoice',
    single: mbzNode.bool(options, 'single', true),
    shuffleAnswers: mbzNode.bool(options, 'shuffleanswers', true),
    answerNumbering: numbering.success ? numbering.data : 'abc',
    showStandardInstruction: mbzNode.bool(options, 'showstandardinstruction'),
    combinedFeedback: readCombinedFeedback(options, questionId, textIn),
    answers: readAnswers(plugin, textIn).map((a) => ({
      text: a.text,
      fraction: a.fraction,
      feedback: a.feedback,
    })),
  };
};

/** A true/false question: the options row names the "true" and "false" answers by id. */
export const readTruefalse = (plugin: XmlNode, _questionId: number, textIn: TextIn) => {
  const options = mbzNode.child(plugin, 'truefalse');
  const answers = readAnswers(plugin, textIn);
  const byId = (name: string) => {
    const id = mbzNode.intOrNull(options, name);
    return answers.find((a) => a.id === id);
  };
  const t = byId('trueanswer') ?? answers[0];
  const f = byId('falseanswer') ?? answers[1];
  if (t === undefined || f === undefined) return null;
  return {
    type: 'truefalse',
    correctAnswer: t.rawFraction > f.rawFraction,
    feedbackTrue: t.feedback,
    feedbackFalse: f.feedback,
  };
};
