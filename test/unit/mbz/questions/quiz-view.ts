import { cleanTree } from '../../../../src/main/formats/mbz/mbz-tree';
import type { SourceJson as JsonValue } from '../../../../src/main/formats/mbz/modules/shared/module-source';
import { mbzNode } from '../../../../src/main/formats/mbz/questions/mbz-node';
import { readRandomFilter } from '../../../../src/main/formats/mbz/questions/quiz/read-quiz-filter';
import { parseMbzXml } from '../../../../src/main/formats/mbz/mbz-xml';
import type { XmlNode } from '../../../../src/main/formats/moodle-xml/xml-node';

/** Each bank entry's question name, each category's name and context, from `questions.xml`. */
const bankIndex = (questionsXml: string) => {
  const root = mbzNode.child(parseMbzXml(questionsXml, 'questions.xml'), 'question_categories');
  const entries = new Map<string, string>();
  const categories = new Map<string, { name: string; contextId: string }>();
  for (const c of mbzNode.list(root, 'question_category')) {
    categories.set(mbzNode.attr(c, 'id'), {
      name: mbzNode.str(c, 'name'),
      contextId: mbzNode.str(c, 'contextid'),
    });
    for (const e of mbzNode.list(
      mbzNode.child(c, 'question_bank_entries'),
      'question_bank_entry',
    )) {
      const version = mbzNode.child(mbzNode.child(e, 'question_version'), 'question_versions');
      const question = mbzNode.child(mbzNode.child(version, 'questions'), 'question');
      entries.set(mbzNode.attr(e, 'id'), mbzNode.str(question, 'name'));
    }
  }
  return { entries, categories };
};

const empty = (value: JsonValue | undefined): JsonValue =>
  typeof value === 'string' && /^\n\s*$/.test(value) ? '' : (value ?? null);

/**
 * What restore takes from a `quiz.xml` `<quiz>`, with ids and times out and every reference
 * resolved through its `questions.xml`: a slot names its question, a random slot its category
 * (whatever the filter's form), and says whether its contexts are the quiz's and the
 * category's. Throws nothing: a dangling reference shows as `undefined`.
 */
export const quizView = (quizXml: string, questionsXml: string) => {
  const activity = mbzNode.child(parseMbzXml(quizXml, 'quiz.xml'), 'activity');
  const contextId = mbzNode.attr(activity, 'contextid');
  const quiz = mbzNode.child(activity, 'quiz');
  const bank = bankIndex(questionsXml);
  const columns: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(quiz)) {
    if (
      [
        '@_id',
        '#text',
        'intro',
        'timecreated',
        'timemodified',
        'question_instances',
        'sections',
      ].includes(key)
    )
      continue;
    columns[key] = empty(cleanTree(value) as JsonValue);
  }
  const slots = mbzNode
    .list(mbzNode.child(quiz, 'question_instances'), 'question_instance')
    .map((inst: XmlNode) => {
      const fields = Object.fromEntries(
        ['slot', 'page', 'displaynumber', 'requireprevious', 'maxmark', 'quizgradeitemid']
          .filter((k) => mbzNode.has(inst, k))
          .map((k) => [k, mbzNode.value(inst, k)]),
      );
      const ref = mbzNode.child(inst, 'question_reference');
      if (mbzNode.has(inst, 'question_reference'))
        return {
          ...fields,
          question: bank.entries.get(mbzNode.str(ref, 'questionbankentryid')),
          inQuizContext: mbzNode.str(ref, 'usingcontextid') === contextId,
          component: mbzNode.str(ref, 'component'),
          questionarea: mbzNode.str(ref, 'questionarea'),
          version: mbzNode.value(ref, 'version'),
        };
      const set = mbzNode.child(inst, 'question_set_reference');
      const filter = readRandomFilter(mbzNode.str(set, 'filtercondition'));
      const category = bank.categories.get(String(filter?.categoryId));
      return {
        ...fields,
        randomFrom: category?.name,
        includeSubcategories: filter?.includeSubcategories,
        inQuizContext: mbzNode.str(set, 'usingcontextid') === contextId,
        inCategoryContext:
          category !== undefined && mbzNode.str(set, 'questionscontextid') === category.contextId,
        component: mbzNode.str(set, 'component'),
        questionarea: mbzNode.str(set, 'questionarea'),
      };
    });
  const sections = mbzNode.list(mbzNode.child(quiz, 'sections'), 'section').map((s) => ({
    firstslot: mbzNode.str(s, 'firstslot'),
    heading: mbzNode.str(s, 'heading'),
    shufflequestions: mbzNode.str(s, 'shufflequestions'),
  }));
  return { columns, slots, sections };
};
