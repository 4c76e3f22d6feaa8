import type { Question } from '../../../../shared/domain/question';
import type { XmlNode } from '../../moodle-xml/xml-node';
import { makeTextIn, type TextIn } from './bank-text-in';
import { mbzNode } from './mbz-node';
import type {
  BankNote,
  BankReadContext,
  BankReadResult,
  LegacyRandomQuestion,
} from './question-bank-types';
import { readBankQuestion, type QuestionRecord } from './read-bank-question';
import { readQuestionCategories } from './read-question-categories';

/**
 * Every `<question>` of a category with its entry and version. 4.x: entries, versions, one
 * question each; before 4.0 (no entries) each question is its own entry, version 1, hidden
 * when its `hidden` flag is set (as `restore_create_categories_and_questions` reads them).
 */
const recordsOf = (category: XmlNode, categoryId: string, contextId: number): QuestionRecord[] => {
  if (!mbzNode.has(category, 'question_bank_entries'))
    return mbzNode.list(mbzNode.child(category, 'questions'), 'question').map((node) => ({
      node,
      questionId: mbzNode.id(node),
      categoryId,
      contextId,
      entryId: mbzNode.id(node),
      version: 1,
      status: mbzNode.bool(node, 'hidden') ? 'hidden' : 'ready',
      idnumber: mbzNode.value(node, 'idnumber'),
    }));
  return mbzNode
    .list(mbzNode.child(category, 'question_bank_entries'), 'question_bank_entry')
    .flatMap((entry) =>
      mbzNode
        .list(mbzNode.child(entry, 'question_version'), 'question_versions')
        .flatMap((version) =>
          mbzNode.list(mbzNode.child(version, 'questions'), 'question').map((node) => ({
            node,
            questionId: mbzNode.id(node),
            categoryId,
            contextId,
            entryId: mbzNode.id(entry),
            version: mbzNode.num(version, 'version', 1),
            status: mbzNode.str(version, 'status') || 'ready',
            idnumber: mbzNode.value(entry, 'idnumber') ?? mbzNode.value(node, 'idnumber'),
          })),
        ),
    );
};

/** The newest version of each entry; the others are reported. */
const latestVersions = (records: QuestionRecord[], notes: BankNote[]): QuestionRecord[] => {
  const latest = new Map<number, QuestionRecord>();
  for (const rec of records) {
    const known = latest.get(rec.entryId);
    if (known === undefined || rec.version >= known.version) latest.set(rec.entryId, rec);
  }
  for (const rec of records)
    if (latest.get(rec.entryId) !== rec && mbzNode.num(rec.node, 'parent', 0) === 0)
      notes.push({
        questionName: mbzNode.str(rec.node, 'name'),
        message: `Version ${String(rec.version)} ignorée : seule la dernière version d’une question est importée.`,
        messageEn: `Version ${String(rec.version)} ignored: only the latest version of a question is imported.`,
      });
  return records.filter((rec) => latest.get(rec.entryId) === rec);
};

/**
 * Reads `questions.xml` (the parsed file, or its `question_categories` element) in the 4.x
 * layout and in the pre-4.0 one (Moodle 2.6–3.11): categories, the latest version of each
 * question with its files, hints and tags, cloze questions rebuilt from their subquestions,
 * and the types the model does not edit kept whole. Pre-4.0 `random` questions are not
 * questions: they are returned in `randoms` for the quiz slots that use them.
 */
export const readQuestionBank = (tree: XmlNode, ctx: BankReadContext): BankReadResult => {
  const root = mbzNode.has(tree, 'question_categories')
    ? mbzNode.child(tree, 'question_categories')
    : tree;
  const nodes = mbzNode.list(root, 'question_category');
  const notes: BankNote[] = [];
  const { categories, ids } = readQuestionCategories(nodes, ctx.newId, notes);
  const records = nodes.flatMap((node) => {
    const categoryId = ids.get(mbzNode.id(node));
    const found = recordsOf(node, categoryId ?? '', mbzNode.num(node, 'contextid', 0));
    if (categoryId === undefined && found.length > 0)
      notes.push({
        questionName: null,
        message: `${String(found.length)} question(s) dans une catégorie « top » : ignorées.`,
        messageEn: `${String(found.length)} question(s) in a "top" category: ignored.`,
      });
    return categoryId === undefined ? [] : found;
  });
  const questionById = new Map(records.map((rec) => [rec.questionId, rec.node]));
  const textIns = new Map<number, TextIn>();
  const textIn = (contextId: number): TextIn => {
    const known = textIns.get(contextId) ?? makeTextIn(ctx, contextId);
    textIns.set(contextId, known);
    return known;
  };
  const env = { ctx, textIn, questionById, notes };
  const questions: Question[] = [];
  const questionIds = new Map<number, string>();
  const randoms = new Map<number, LegacyRandomQuestion>();
  for (const rec of latestVersions(records, notes)) {
    const qtype = mbzNode.str(rec.node, 'qtype');
    const parent = mbzNode.num(rec.node, 'parent', 0);
    if (qtype === 'random') {
      randoms.set(rec.questionId, {
        categoryId: rec.categoryId,
        includeSubcategories: mbzNode.str(rec.node, 'questiontext').trim() === '1',
      });
      continue;
    }
    // A cloze's subquestion: read with its parent.
    if (parent !== 0 && parent !== rec.questionId) continue;
    const question = readBankQuestion(rec, env);
    if (question === null) continue;
    questions.push(question);
    questionIds.set(rec.entryId, question.id);
  }
  return {
    categories,
    questions,
    categoryIds: ids,
    questionIds,
    randoms,
    report: { imported: questions.length, notes },
  };
};
