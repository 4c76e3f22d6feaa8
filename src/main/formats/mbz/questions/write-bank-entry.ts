import type { Question } from '../../../../shared/domain/question';
import type { XmlNode } from '../../moodle-xml/xml-node';
import { decodeKeptQuestion } from './kept-question';
import { renumberKeptPlugins } from './kept-remap';
import type { BankWriteContext, BankWriteReport } from './question-bank-types';
import { mbzStamp } from './question-stamp';
import { makeQuestionWriter, type QuestionWriter } from './question-writer';
import { writeCloze } from './write-cloze';
import { writeQtypePlugin } from './write-qtype-plugin';
import { writeQuestionElement, type QuestionElementSpec } from './write-question-element';

/** Where the question goes and what the whole bank write shares. */
export interface EntryEnv {
  ctx: BankWriteContext;
  categoryId: number;
  contextId: number;
  fileIds: number[];
  report: BankWriteReport;
  tagId: (name: string) => number;
}

const entry = (
  env: EntryEnv,
  ids: { entry: number; version: number },
  idnumber: string | null,
  status: string,
  question: XmlNode,
): XmlNode => ({
  '@_id': ids.entry,
  questioncategoryid: env.categoryId,
  idnumber,
  ownerid: 2,
  question_version: {
    question_versions: {
      '@_id': ids.version,
      version: 1,
      status,
      questions: { question },
    },
  },
});

/** The type elements of a kept question read from a backup, its files re-added; null if none. */
const keptPlugins = (q: Question & { type: 'kept' }, w: QuestionWriter, env: EntryEnv) => {
  const content = decodeKeptQuestion(q.xml);
  if (content === null) return null;
  const { plugins, ids } = renumberKeptPlugins(content.plugins, w.newId);
  for (const f of content.files) {
    const itemId = f.item === 'question' ? w.questionId : ids.get(f.item);
    if (itemId === undefined) continue;
    const area = { contextId: w.contextId, component: f.component, fileArea: f.fileArea, itemId };
    env.fileIds.push(...env.ctx.files.add(area, f.mediaId, f.fileName, f.filePath));
  }
  return { qtype: content.qtype, plugins };
};

/**
 * The `question_bank_entry` elements of one question: version 1 with the model's status, its
 * `<question>`; a cloze adds one entry per part, as Moodle stores its subquestions. Null when
 * the question cannot be written (a kept question from Moodle XML), reported as skipped.
 */
export const writeBankEntries = (
  q: Question,
  env: EntryEnv,
): { entryId: number; entries: XmlNode[] } | null => {
  const { ctx, report } = env;
  const skip = (message: string, messageEn: string) =>
    report.skipped.push({ questionId: q.id, questionName: q.name, message, messageEn });
  const loss = (message: string, messageEn: string) =>
    report.losses.push({ questionId: q.id, questionName: q.name, message, messageEn });
  const ids = { entry: ctx.newId(), version: ctx.newId() };
  const w = makeQuestionWriter(
    { questionId: ctx.newId(), contextId: env.contextId, newId: ctx.newId },
    ctx.files,
    env.fileIds,
    loss,
  );
  const stamp = mbzStamp.question(q);
  const spec: QuestionElementSpec = {
    parent: 0,
    name: q.name,
    questiontext: w.text(q.text, 'question', 'questiontext', w.questionId),
    generalfeedback: w.text(q.generalFeedback, 'question', 'generalfeedback', w.questionId),
    defaultmark: q.defaultMark,
    penalty: q.penalty,
    qtype: q.type,
    stamp,
    time: ctx.time,
    plugins: [],
    hints: q.hints,
    tags: q.tags,
    tagId: env.tagId,
  };
  const children: XmlNode[] = [];
  if (q.type === 'kept') {
    const kept = keptPlugins(q, w, env);
    if (kept === null) {
      skip(
        'question d’un type que le modèle n’édite pas, lue en Moodle XML : elle ne peut pas aller dans une sauvegarde',
        'question of a type the model does not edit, read from Moodle XML: it cannot go into a backup',
      );
      return null;
    }
    spec.qtype = kept.qtype;
    spec.plugins = kept.plugins;
  } else if (q.type === 'multianswer') {
    const cloze = writeCloze(q, w);
    spec.questiontext = { ...spec.questiontext, text: cloze.questiontext };
    spec.plugins = [['plugin_qtype_multianswer_question', cloze.plugin]];
    cloze.children.forEach((child, i) => {
      const childIds = { entry: ctx.newId(), version: ctx.newId() };
      const cw = { ...w, questionId: child.questionId };
      const element = writeQuestionElement(
        {
          ...spec,
          parent: w.questionId,
          questiontext: { text: child.questiontext, format: 1 },
          generalfeedback: { text: '', format: 1 },
          defaultmark: child.defaultmark,
          penalty: 0,
          qtype: child.qtype,
          stamp: mbzStamp.child(stamp, i + 1),
          plugins: [[`plugin_qtype_${child.qtype}_question`, child.plugin]],
          hints: [],
          tags: [],
        },
        cw,
      );
      children.push(entry(env, childIds, null, q.status, element));
    });
  } else {
    if (q.type === 'ordering' && ctx.target === '4.1')
      loss(
        'le type « ordering » n’est pas dans Moodle 4.1 : il y faut le plugin qtype_ordering',
        'the ordering type is not core in Moodle 4.1: it needs the qtype_ordering plugin',
      );
    const plugin = writeQtypePlugin(q, w);
    if (plugin !== null) spec.plugins = [[`plugin_qtype_${q.type}_question`, plugin]];
  }
  const element = writeQuestionElement(spec, w);
  report.written += 1;
  return {
    entryId: ids.entry,
    entries: [entry(env, ids, q.idnumber, q.status, element), ...children],
  };
};
