import type { QuestionText } from '../../../../shared/domain/question-text';
import { matchMoodleFraction } from '../../../../shared/domain/question-fraction';
import type { XmlNode } from '../../moodle-xml/xml-node';
import type { TextIn } from './bank-text-in';
import { mbzNode } from './mbz-node';

/** One `question_answers` row as read: its id, texts with their files, and raw values. */
export interface ReadAnswer {
  id: number;
  text: QuestionText;
  /** The raw fraction (ordering stores a position there). */
  rawFraction: number;
  /** The fraction matched to Moodle's grade list when it is one of them. */
  fraction: number;
  feedback: QuestionText;
  rawFeedback: string;
}

/** The `answers/answer` rows of a type's plugin element, in document (id) order. */
export const readAnswers = (plugin: XmlNode, textIn: TextIn): ReadAnswer[] =>
  mbzNode.list(mbzNode.child(plugin, 'answers'), 'answer').map((a) => {
    const id = mbzNode.id(a);
    const raw = mbzNode.num(a, 'fraction', 0);
    return {
      id,
      text: textIn(
        mbzNode.value(a, 'answertext'),
        mbzNode.value(a, 'answerformat'),
        'question',
        'answer',
        id,
      ),
      rawFraction: raw,
      fraction: matchMoodleFraction(raw) ?? raw,
      feedback: textIn(
        mbzNode.value(a, 'feedback'),
        mbzNode.value(a, 'feedbackformat'),
        'question',
        'answerfeedback',
        id,
      ),
      rawFeedback: mbzNode.str(a, 'feedback'),
    };
  });

/** The combined feedback of a type's options row. */
export const readCombinedFeedback = (options: XmlNode, questionId: number, textIn: TextIn) => {
  const text = (name: string) =>
    textIn(
      mbzNode.value(options, name),
      mbzNode.value(options, `${name}format`),
      'question',
      name,
      questionId,
    );
  return {
    correct: text('correctfeedback'),
    partiallyCorrect: text('partiallycorrectfeedback'),
    incorrect: text('incorrectfeedback'),
    showNumCorrect: mbzNode.bool(options, 'shownumcorrect'),
  };
};
