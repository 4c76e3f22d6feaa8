import type { QuizSettings } from '../../../../../shared/domain/quiz-settings';
import type { QuizSlot } from '../../../../../shared/domain/quiz-slot';
import type { XmlNode } from '../../../moodle-xml/xml-node';
import type { ModuleReadContext } from '../../mbz-module';
import { mbzNode } from '../mbz-node';
import { compactSlots } from './compact-slots';
import { readRandomFilter } from './read-quiz-filter';

type Question = QuizSlot['question'];

const fromSetReference = (ref: XmlNode, ctx: ModuleReadContext): Question | null => {
  const filter = readRandomFilter(mbzNode.str(ref, 'filtercondition'));
  if (filter?.tagIdsDropped === true)
    ctx.note(
      'Filtre par étiquettes d’un tirage aléatoire (identifiants du site source) : ignoré.',
      'Tag filter of a random slot (source site ids): ignored.',
    );
  const categoryId = filter === null ? undefined : ctx.bank.categoryIdOf(filter.categoryId);
  if (filter === null || categoryId === undefined) return null;
  return {
    kind: 'random',
    categoryId,
    includeSubcategories: filter.includeSubcategories,
    tags: filter.tags,
  };
};

/** Before 4.0 a slot names a question id: a real one, or a `random` question of a category. */
const fromLegacy = (inst: XmlNode, ctx: ModuleReadContext): Question | null => {
  const questionId = mbzNode.intOrNull(inst, 'questionid') ?? mbzNode.intOrNull(inst, 'question');
  const random = questionId === null ? undefined : ctx.bank.legacyRandomOf?.(questionId);
  const slotCategory = mbzNode.intOrNull(inst, 'questioncategoryid');
  const fixed = questionId === null ? undefined : ctx.bank.questionIdOfEntry(questionId);
  if (fixed !== undefined && random === undefined) return { kind: 'fixed', questionId: fixed };
  const categoryId =
    (slotCategory === null ? undefined : ctx.bank.categoryIdOf(slotCategory)) ?? random?.categoryId;
  if (categoryId === undefined) return null;
  return {
    kind: 'random',
    categoryId,
    includeSubcategories: mbzNode.has(inst, 'includingsubcategories')
      ? mbzNode.bool(inst, 'includingsubcategories')
      : (random?.includeSubcategories ?? false),
    tags: mbzNode
      .list(mbzNode.child(inst, 'tags'), 'tag')
      .map((t) => mbzNode.str(t, 'tagname'))
      .filter((t) => t !== ''),
  };
};

/** Slot and page of each question id in a 2.x `questions` layout (`1,2,0,3,0`, 0 = page break). */
const layoutPositions = (layout: string): Map<number, { slot: number; page: number }> => {
  const out = new Map<number, { slot: number; page: number }>();
  let page = 1;
  for (const item of layout.split(',').map((s) => Number(s.trim()))) {
    if (item === 0) page += 1;
    else if (Number.isInteger(item)) out.set(item, { slot: out.size + 1, page });
  }
  return out;
};

/**
 * The quiz's slots and sections: 4.x question references and random filters, pre-4.0 question
 * ids (random questions through `bank.legacyRandomOf`), 2.x layouts without slot numbers. A slot
 * whose question the bank does not have is left out and reported.
 */
export const readQuizSlots = (
  quiz: XmlNode,
  ctx: ModuleReadContext,
): Pick<QuizSettings, 'slots' | 'sections'> => {
  const layout = layoutPositions(mbzNode.str(quiz, 'questions'));
  const read = mbzNode
    .list(mbzNode.child(quiz, 'question_instances'), 'question_instance')
    .flatMap((inst) => {
      const legacyId = mbzNode.intOrNull(inst, 'questionid') ?? mbzNode.intOrNull(inst, 'question');
      const placed = legacyId === null ? undefined : layout.get(legacyId);
      const position = mbzNode.intOrNull(inst, 'slot') ?? placed?.slot;
      if (position === undefined) return [];
      let question: Question | null;
      if (mbzNode.has(inst, 'question_reference')) {
        const entry = mbzNode.num(
          mbzNode.child(inst, 'question_reference'),
          'questionbankentryid',
          0,
        );
        const id = ctx.bank.questionIdOfEntry(entry);
        question = id === undefined ? null : { kind: 'fixed', questionId: id };
      } else if (mbzNode.has(inst, 'question_set_reference'))
        question = fromSetReference(mbzNode.child(inst, 'question_set_reference'), ctx);
      else question = fromLegacy(inst, ctx);
      if (question === null) {
        ctx.note(
          `Emplacement ${String(position)} du test : sa question n’est pas dans la banque, il est ignoré.`,
          `Quiz slot ${String(position)}: its question is not in the bank, the slot is ignored.`,
        );
        return [];
      }
      const slot: QuizSlot = {
        id: ctx.newId(),
        page: Math.max(1, mbzNode.intOrNull(inst, 'page') ?? placed?.page ?? 1),
        maxMark: Math.min(
          10_000,
          Math.max(0, mbzNode.num(inst, 'maxmark', mbzNode.num(inst, 'grade', 1))),
        ),
        requirePrevious: mbzNode.bool(inst, 'requireprevious'),
        question,
      };
      return [{ slot, position }];
    });
  read.sort((a, b) => a.position - b.position);
  const sections = mbzNode.has(quiz, 'sections')
    ? mbzNode.list(mbzNode.child(quiz, 'sections'), 'section').map((s) => ({
        firstSlot: Math.max(1, mbzNode.num(s, 'firstslot', 1)),
        heading: mbzNode.str(s, 'heading'),
        shuffleQuestions: mbzNode.bool(s, 'shufflequestions'),
      }))
    : [{ firstSlot: 1, heading: '', shuffleQuestions: mbzNode.bool(quiz, 'shufflequestions') }];
  return compactSlots(read, sections);
};
