/**
 * The question bank of a backup (`questions.xml`), Moodle 4.x layout (README §8), from the
 * model's categories and questions.
 *
 * Kept questions (types the model does not edit: calculated…) must go back whole. Decision:
 * a kept question read from a backup stores its type's elements as Moodle wrote them, with the
 * list of their files, in `xml` as a `<mbz_question>` element (see `kept-question.ts`); the
 * writer puts them back under fresh ids and takes the common fields (name, texts, marks, hints,
 * tags) from the model. A kept question read from Moodle XML (`<question type=…>`) has no
 * backup form Atelier could build without editing its type: it is skipped and reported.
 */
import type { Question } from '../../../../shared/domain/question';
import type { QuestionCategory } from '../../../../shared/domain/question-category';
import type { XmlNode } from '../../moodle-xml/xml-node';
import type { PlacedCategory, PlacedContext } from './place-question-categories';
import { placeQuestionCategories } from './place-question-categories';
import type { BankWriteContext, BankWriteReport, BankWriteResult } from './question-bank-types';
import { mbzStamp } from './question-stamp';
import { mbzTextFormat } from './mbz-text-format';
import { writeBankEntries } from './write-bank-entry';

const categoryFields = (place: PlacedContext) => ({
  contextid: place.contextId,
  contextlevel: place.level,
  contextinstanceid: place.instanceId,
});

const topElement = (place: PlacedContext): XmlNode => ({
  '@_id': place.topId,
  name: 'top',
  ...categoryFields(place),
  info: '',
  infoformat: 0,
  stamp: mbzStamp.top(place.key),
  parent: 0,
  sortorder: 0,
  idnumber: null,
  question_bank_entries: {},
});

const categoryElement = (
  pc: PlacedCategory,
  place: PlacedContext,
  entries: XmlNode[],
): XmlNode => ({
  '@_id': pc.id,
  name: pc.category.name,
  ...categoryFields(place),
  info: pc.category.info.text,
  infoformat: mbzTextFormat.code(pc.category.info.format),
  stamp: mbzStamp.category(pc.category.id),
  parent: pc.parent,
  sortorder: pc.sortorder,
  idnumber: pc.category.idnumber,
  question_bank_entries: { question_bank_entry: entries },
});

/**
 * Writes the bank: one `top` per context holding categories, the categories under it, and per
 * question a bank entry, its version 1 (status from the model) and the question with its type's
 * plugin element. Ids come from `ctx.newId` in a fixed walk, files go through `ctx.files`.
 */
export const writeQuestionBank = (
  bank: { categories: readonly QuestionCategory[]; questions: readonly Question[] },
  ctx: BankWriteContext,
): BankWriteResult => {
  const report: BankWriteReport = { written: 0, skipped: [], losses: [], notes: [] };
  const places = placeQuestionCategories(bank.categories, ctx, report.notes);
  const fileIds: number[] = [];
  const tagIds = new Map<string, number>();
  const tagId = (name: string): number => {
    const known = tagIds.get(name);
    if (known !== undefined) return known;
    const id = ctx.newId();
    tagIds.set(name, id);
    return id;
  };
  const categories = new Map<string, { id: number; contextId: number }>();
  for (const place of places)
    for (const pc of place.categories)
      categories.set(pc.category.id, { id: pc.id, contextId: place.contextId });
  for (const q of bank.questions.filter((item) => !categories.has(item.categoryId)))
    report.skipped.push({
      questionId: q.id,
      questionName: q.name,
      message: 'sa catégorie n’est pas dans la banque',
      messageEn: 'its category is not in the bank',
    });
  const byCategory = new Map<string, Question[]>();
  for (const q of bank.questions) {
    const list = byCategory.get(q.categoryId) ?? [];
    list.push(q);
    byCategory.set(q.categoryId, list);
  }
  const entryIds = new Map<string, number>();
  const elements: XmlNode[] = [];
  for (const place of places) {
    elements.push(topElement(place));
    for (const pc of place.categories) {
      if (pc.category.info.files.length > 0)
        report.notes.push({
          questionName: null,
          message: `Les fichiers de la description de la catégorie « ${pc.category.name} » ne vont pas dans une sauvegarde (Moodle ne les sauvegarde pas).`,
          messageEn: `The files of the description of category "${pc.category.name}" do not go into a backup (Moodle does not back them up).`,
        });
      const entries: XmlNode[] = [];
      for (const q of byCategory.get(pc.category.id) ?? []) {
        const env = { ctx, categoryId: pc.id, contextId: place.contextId, fileIds, report, tagId };
        const written = writeBankEntries(q, env);
        if (written === null) continue;
        entryIds.set(q.id, written.entryId);
        entries.push(...written.entries);
      }
      elements.push(categoryElement(pc, place, entries));
    }
  }
  return {
    tree: { question_category: elements },
    categories,
    categoryIds: places.flatMap((p) => [p.topId, ...p.categories.map((c) => c.id)]),
    categoryIdsByContext: new Map(
      places.map((p) => [p.contextId, [p.topId, ...p.categories.map((c) => c.id)]]),
    ),
    entryIds,
    fileIds,
    report,
  };
};
