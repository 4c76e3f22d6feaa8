import type { XmlNode } from '../../moodle-xml/xml-node';
import type { TextIn } from './bank-text-in';
import { readMultichoice, readTruefalse } from './read-qtype-choice';
import { readGapChoices, readMatch } from './read-qtype-gap';
import { readEssay, readOrdering } from './read-qtype-other';
import { readNumerical, readShortanswer } from './read-qtype-typed';

type Reader = (
  plugin: XmlNode,
  questionId: number,
  textIn: TextIn,
) => Record<string, unknown> | null;

const READERS: Record<string, Reader> = {
  multichoice: readMultichoice,
  truefalse: readTruefalse,
  shortanswer: readShortanswer,
  numerical: readNumerical,
  match: readMatch,
  gapselect: readGapChoices('gapselect'),
  ddwtos: readGapChoices('ddwtos'),
  essay: readEssay,
  ordering: readOrdering,
  description: () => ({ type: 'description' }),
};

/**
 * The type fields of a question of a type the model edits, from its
 * `plugin_qtype_<type>_question` element; null for any other type (and for values the model
 * cannot hold), which the caller keeps whole. Cloze is read by the caller (it needs the child
 * questions).
 */
export const readQtype = (
  qtype: string,
  question: XmlNode,
  questionId: number,
  textIn: TextIn,
): Record<string, unknown> | null => {
  const reader = READERS[qtype];
  if (reader === undefined) return null;
  const plugin = question[`plugin_qtype_${qtype}_question`];
  const node =
    typeof plugin === 'object' && plugin !== null && !Array.isArray(plugin)
      ? (plugin as XmlNode)
      : {};
  return reader(node, questionId, textIn);
};
