import { cleanTree } from '../../../../src/main/formats/mbz/mbz-tree';
import type { SourceJson as JsonValue } from '../../../../src/main/formats/mbz/modules/shared/module-source';
import { mbzNode } from '../../../../src/main/formats/mbz/questions/mbz-node';
import { parseMbzXml } from '../../../../src/main/formats/mbz/mbz-xml';
import type { XmlNode } from '../../../../src/main/formats/moodle-xml/xml-node';

/** Bookkeeping restore invents again (README §5): ids, stamps, times, users. */
const BOOKKEEPING = new Set([
  '@_id',
  '@_contextid',
  'stamp',
  'timecreated',
  'timemodified',
  'createdby',
  'modifiedby',
]);
/** Columns holding the id of one of the question's answers. */
const ANSWER_REFS = new Set(['trueanswer', 'falseanswer', 'answer']);

const answerIds = (question: XmlNode): string[] => {
  const out: string[] = [];
  const walk = (value: unknown, name: string) => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v, name);
    } else if (typeof value === 'object' && value !== null) {
      if (name === 'answer') out.push(mbzNode.attr(value as XmlNode, 'id'));
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(question, 'question');
  return out;
};

const strip = (value: JsonValue, answers: string[], name: string): JsonValue => {
  // An empty element's indentation (`<tags>\n    </tags>`) is no content.
  if (typeof value === 'string') return /^\n\s*$/.test(value) ? '' : value;
  if (Array.isArray(value)) return value.map((v) => strip(v, answers, name));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, JsonValue> = {};
  for (const [key, child] of Object.entries(value)) {
    if (BOOKKEEPING.has(key)) continue;
    if (ANSWER_REFS.has(key) && typeof child === 'string' && name !== 'answers')
      out[key] = `answer #${String(answers.indexOf(child))}`;
    else out[key] = strip(child, answers, key);
  }
  return out;
};

/**
 * What restore takes from a `questions.xml`, with the ids it re-creates taken out and the
 * references between rows turned into positions: two files restore the same bank when their
 * views are equal. Categories name their parent (null for a `top`). `sortorder` is left out: it
 * only orders the category list (the reference has 1 or 999 depending on how the category was
 * made; the model keeps the order of its array).
 */
export const restoreView = (xml: string) => {
  const root = mbzNode.child(parseMbzXml(xml, 'questions.xml'), 'question_categories');
  const categories = mbzNode.list(root, 'question_category');
  const names = new Map(categories.map((c) => [mbzNode.attr(c, 'id'), mbzNode.str(c, 'name')]));
  return categories.map((c) => ({
    name: mbzNode.str(c, 'name'),
    contextlevel: mbzNode.str(c, 'contextlevel'),
    info: mbzNode.str(c, 'info'),
    infoformat: mbzNode.str(c, 'infoformat'),
    idnumber: mbzNode.value(c, 'idnumber'),
    parent: names.get(mbzNode.str(c, 'parent')) ?? null,
    entries: mbzNode
      .list(mbzNode.child(c, 'question_bank_entries'), 'question_bank_entry')
      .map((e) => ({
        idnumber: mbzNode.value(e, 'idnumber'),
        ownerid: mbzNode.value(e, 'ownerid'),
        versions: mbzNode
          .list(mbzNode.child(e, 'question_version'), 'question_versions')
          .map((v) => ({
            version: mbzNode.str(v, 'version'),
            status: mbzNode.str(v, 'status'),
            questions: mbzNode
              .list(mbzNode.child(v, 'questions'), 'question')
              .map((q) => strip(cleanTree(q) as JsonValue, answerIds(q), 'question')),
          })),
      })),
  }));
};
