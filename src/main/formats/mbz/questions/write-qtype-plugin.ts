import type { Question } from '../../../../shared/domain/question';
import type { XmlNode } from '../../moodle-xml/xml-node';
import { writeMultichoice, writeTruefalse } from './write-qtype-choice';
import { writeGapChoices, writeMatch } from './write-qtype-gap';
import { writeEssay, writeOrdering } from './write-qtype-other';
import { writeNumerical, writeShortanswer } from './write-qtype-typed';
import type { QuestionWriter } from './question-writer';

type Simple = Exclude<Question, { type: 'multianswer' | 'kept' }>;

/**
 * The `plugin_qtype_<type>_question` content of a question of a type the model edits; null for
 * description, which has no backup plugin (Moodle writes no element for it).
 */
export const writeQtypePlugin = (q: Simple, w: QuestionWriter): XmlNode | null => {
  switch (q.type) {
    case 'multichoice':
      return writeMultichoice(q, w);
    case 'truefalse':
      return writeTruefalse(q, w);
    case 'shortanswer':
      return writeShortanswer(q, w);
    case 'numerical':
      return writeNumerical(q, w);
    case 'match':
      return writeMatch(q, w);
    case 'gapselect':
    case 'ddwtos':
      return writeGapChoices(q, w);
    case 'essay':
      return writeEssay(q, w);
    case 'ordering':
      return writeOrdering(q, w);
    case 'description':
      return null;
  }
};
