import { parseClozeParts } from '../../../../shared/domain/question-cloze-parts';
import { questionSchema, type Question } from '../../../../shared/domain/question';
import type { XmlNode } from '../../moodle-xml/xml-node';
import type { TextIn } from './bank-text-in';
import { encodeKeptQuestion } from './kept-question';
import { mbzNode } from './mbz-node';
import type { BankNote, BankReadContext } from './question-bank-types';
import { readClozeText } from './read-cloze-text';
import { readKeptFiles } from './read-kept-files';
import { readQtype } from './read-qtype';

/** One `<question>` of the file with where it sits (4.x: its entry and version). */
export interface QuestionRecord {
  node: XmlNode;
  questionId: number;
  categoryId: string;
  contextId: number;
  /** The bank entry id; before 4.0 the question id (as Moodle's restore treats it). */
  entryId: number;
  version: number;
  status: string;
  idnumber: string | null;
}

/** What reading one question needs beyond its record. */
export interface QuestionReadEnv {
  ctx: BankReadContext;
  textIn: (contextId: number) => TextIn;
  questionById: ReadonlyMap<number, XmlNode>;
  notes: BankNote[];
}

const common = (rec: QuestionRecord, textIn: TextIn, env: QuestionReadEnv) => {
  const { node, questionId } = rec;
  const name = mbzNode.str(node, 'name');
  if (rec.status === 'hidden')
    env.notes.push({
      questionName: name,
      message: 'Question masquée dans Moodle (encore utilisée) : importée comme prête.',
      messageEn: 'Question hidden in Moodle (still in use): imported as ready.',
    });
  return {
    id: env.ctx.newId(),
    categoryId: rec.categoryId,
    name,
    text: textIn(
      mbzNode.value(node, 'questiontext'),
      mbzNode.value(node, 'questiontextformat'),
      'question',
      'questiontext',
      questionId,
    ),
    generalFeedback: textIn(
      mbzNode.value(node, 'generalfeedback'),
      mbzNode.value(node, 'generalfeedbackformat'),
      'question',
      'generalfeedback',
      questionId,
    ),
    defaultMark: mbzNode.num(node, 'defaultmark', 1),
    penalty: Math.min(1, Math.max(0, mbzNode.num(node, 'penalty', 0.3333333))),
    idnumber: rec.idnumber === null || rec.idnumber.trim() === '' ? null : rec.idnumber,
    tags: mbzNode
      .list(mbzNode.child(node, 'tags'), 'tag')
      .map((t) => mbzNode.str(t, 'rawname') || mbzNode.str(t, 'name'))
      .filter((t) => t !== ''),
    hints: mbzNode.list(mbzNode.child(node, 'question_hints'), 'question_hint').map((h) => ({
      text: textIn(
        mbzNode.value(h, 'hint'),
        mbzNode.value(h, 'hintformat'),
        'question',
        'hint',
        mbzNode.id(h),
      ),
      showNumCorrect: mbzNode.bool(h, 'shownumcorrect'),
      clearWrong: mbzNode.bool(h, 'clearwrong'),
    })),
    status: rec.status === 'draft' ? ('draft' as const) : ('ready' as const),
  };
};

const clozeFields = (rec: QuestionRecord, env: QuestionReadEnv, name: string) => {
  const plugin = mbzNode.child(rec.node, 'plugin_qtype_multianswer_question');
  const { text, missing } = readClozeText(
    mbzNode.str(rec.node, 'questiontext'),
    plugin,
    env.questionById,
  );
  if (missing.length > 0)
    env.notes.push({
      questionName: name,
      message: `Cloze : sous-questions ${missing.join(', ')} absentes de la sauvegarde ; leur {#n} reste dans le texte.`,
      messageEn: `Cloze: subquestions ${missing.join(', ')} are missing from the backup; their {#n} stays in the text.`,
    });
  const parts = parseClozeParts(text);
  return { text, parts, defaultMark: parts.reduce((sum, p) => sum + p.weight, 0) };
};

/**
 * One question of the model from its `<question>` element. A type the model does not edit, or
 * values it cannot hold, give a `kept` question carrying the type's elements and their files
 * (written back whole); null only when even that is not a valid question.
 */
export const readBankQuestion = (rec: QuestionRecord, env: QuestionReadEnv): Question | null => {
  const textIn = env.textIn(rec.contextId);
  const base = common(rec, textIn, env);
  const qtype = mbzNode.str(rec.node, 'qtype');
  let fields: Record<string, unknown> | null;
  if (qtype === 'multianswer') {
    const cloze = clozeFields(rec, env, base.name);
    fields = {
      type: 'multianswer',
      parts: cloze.parts,
      defaultMark: cloze.defaultMark,
      text: { ...base.text, text: cloze.text },
    };
  } else fields = readQtype(qtype, rec.node, rec.questionId, textIn);
  if (fields !== null) {
    const parsed = questionSchema.safeParse({ ...base, ...fields });
    if (parsed.success) return parsed.data;
    env.notes.push({
      questionName: base.name,
      message: `Question ${qtype} que le modèle ne peut pas tenir (${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}) : gardée telle quelle.`,
      messageEn: `${qtype} question the model cannot hold (${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}): kept as is.`,
    });
  }
  const plugins = Object.fromEntries(
    Object.entries(rec.node).filter(
      ([key]) => key.startsWith('plugin_') || key.startsWith('local_'),
    ),
  );
  const kept = questionSchema.safeParse({
    ...base,
    type: 'kept',
    moodleType: qtype || 'unknown',
    xml: encodeKeptQuestion(
      rec.node,
      qtype,
      readKeptFiles(plugins, qtype, rec.questionId, rec.contextId, env.ctx),
    ),
  });
  if (kept.success) return kept.data;
  env.notes.push({
    questionName: base.name,
    message: `Question non valide, ignorée : ${kept.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    messageEn: `Invalid question, skipped: ${kept.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
  });
  return null;
};
