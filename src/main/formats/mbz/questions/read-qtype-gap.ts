import type { XmlNode } from '../../moodle-xml/xml-node';
import type { TextIn } from './bank-text-in';
import { ddwtosFeedback } from './ddwtos-feedback';
import { mbzNode } from './mbz-node';
import { readAnswers, readCombinedFeedback } from './read-answers';

/** A matching question: options, then subquestions (files in `qtype_match/subquestion`). */
export const readMatch = (plugin: XmlNode, questionId: number, textIn: TextIn) => {
  const options = mbzNode.child(plugin, 'matchoptions');
  return {
    type: 'match',
    shuffleAnswers: mbzNode.bool(options, 'shuffleanswers', true),
    combinedFeedback: readCombinedFeedback(options, questionId, textIn),
    subquestions: mbzNode.list(mbzNode.child(plugin, 'matches'), 'match').map((m) => ({
      text: textIn(
        mbzNode.value(m, 'questiontext'),
        mbzNode.value(m, 'questiontextformat'),
        'qtype_match',
        'subquestion',
        mbzNode.id(m),
      ),
      answer: mbzNode.str(m, 'answertext'),
    })),
  };
};

/** Gap select or drag-and-drop into text: choices from the answers, their group in feedback. */
export const readGapChoices =
  (type: 'gapselect' | 'ddwtos') => (plugin: XmlNode, questionId: number, textIn: TextIn) => {
    const options = mbzNode.child(plugin, type);
    return {
      type,
      shuffleAnswers: mbzNode.bool(options, 'shuffleanswers', true),
      combinedFeedback: readCombinedFeedback(options, questionId, textIn),
      choices: readAnswers(plugin, textIn).map((a) =>
        type === 'ddwtos'
          ? { text: a.text.text, ...ddwtosFeedback.read(a.rawFeedback) }
          : { text: a.text.text, group: Number(a.rawFeedback.trim()) || 1 },
      ),
    };
  };
