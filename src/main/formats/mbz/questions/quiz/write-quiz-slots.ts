import type { QuizSettings } from '../../../../../shared/domain/quiz-settings';
import type { QuizSlot } from '../../../../../shared/domain/quiz-slot';
import type { XmlNode } from '../../../moodle-xml/xml-node';
import type { ModuleWriteContext } from '../../mbz-module';
import { mbzDecimal } from '../mbz-number';
import { compactSlots } from './compact-slots';

type Random = Extract<QuizSlot['question'], { kind: 'random' }>;

/**
 * A random slot's filter in the pre-4.3 form (README §13.7): 4.1 reads only this form and 4.5
 * converts it. Tags (`"<id>,<name>"`) are added for 4.5, whose converter finds or creates them
 * by name; 4.1 would look them up by the source site's ids, which a backup cannot know, and
 * draw nothing, so they are left out there (the slot then draws from the whole category).
 */
const filterCondition = (random: Random, categoryId: number, ctx: ModuleWriteContext): string =>
  JSON.stringify({
    questioncategoryid: categoryId,
    includingsubcategories: random.includeSubcategories ? 1 : 0,
    ...(ctx.target === '4.5' && random.tags.length > 0
      ? { tags: random.tags.map((tag) => `0,${tag}`) }
      : {}),
  });

/** The slot's question, or null when the bank did not write it (the slot is left out). */
const reference = (slot: QuizSlot, ctx: ModuleWriteContext): [string, XmlNode] | null => {
  const base = { usingcontextid: ctx.contextId, component: 'mod_quiz', questionarea: 'slot' };
  const q = slot.question;
  if (q.kind === 'fixed') {
    const entry = ctx.bank.entryIdOf(q.questionId);
    if (entry === undefined) return null;
    return [
      'question_reference',
      { '@_id': ctx.newId(), ...base, questionbankentryid: entry, version: null },
    ];
  }
  const category = ctx.bank.categoryIdOf(q.categoryId);
  if (category === undefined) return null;
  return [
    'question_set_reference',
    {
      '@_id': ctx.newId(),
      ...base,
      questionscontextid: ctx.bank.contextIdOfCategory(q.categoryId) ?? ctx.courseContextId,
      filtercondition: filterCondition(q, category, ctx),
    },
  ];
};

/**
 * `question_instances`, `sections` and `sumgrades` of the quiz (README §8): each slot points at
 * its bank entry (always the latest version) or holds its random filter; 4.5's
 * `displaynumber` and `quizgradeitemid` only for 4.5. Slots whose question is not in the bank
 * are left out, pages and sections following.
 */
export const writeQuizSlots = (quiz: QuizSettings, ctx: ModuleWriteContext) => {
  const resolved = quiz.slots.flatMap((slot, i) => {
    const ref = reference(slot, ctx);
    return ref === null ? [] : [{ slot: { ...slot, ref }, position: i + 1 }];
  });
  const { slots, sections } = compactSlots(resolved, quiz.sections);
  const is45 = ctx.target === '4.5';
  const instances = slots.map((slot, i) => ({
    '@_id': ctx.newId(),
    quizid: ctx.instanceId,
    slot: i + 1,
    page: slot.page,
    ...(is45 ? { displaynumber: null } : {}),
    requireprevious: slot.requirePrevious,
    maxmark: mbzDecimal(slot.maxMark, 7),
    ...(is45 ? { quizgradeitemid: null } : {}),
    [slot.ref[0]]: slot.ref[1],
  }));
  const categoryIds = [
    ...new Set(
      slots.flatMap((s) =>
        s.question.kind === 'random' ? [ctx.bank.categoryIdOf(s.question.categoryId) ?? 0] : [],
      ),
    ),
  ].filter((id) => id > 0);
  return {
    question_instances: { question_instance: instances },
    sections: {
      section: sections.map((s) => ({
        '@_id': ctx.newId(),
        firstslot: s.firstSlot,
        heading: s.heading,
        shufflequestions: s.shuffleQuestions,
      })),
    },
    sumgrades: mbzDecimal(
      slots.reduce((sum, s) => sum + s.maxMark, 0),
      5,
    ),
    categoryIds,
    dropped: quiz.slots.length - slots.length,
  };
};
