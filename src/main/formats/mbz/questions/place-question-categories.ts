import type { QuestionCategory } from '../../../../shared/domain/question-category';
import type { BankNote, BankWriteContext } from './question-bank-types';

/** A category with its Moodle id and parent (its context's `top` for a root). */
export interface PlacedCategory {
  category: QuestionCategory;
  id: number;
  parent: number;
  sortorder: number;
}

/** One question bank (context) of the backup: its `top` and its categories, parents first. */
export interface PlacedContext {
  key: string;
  contextId: number;
  /** 50 course, 70 module. */
  level: 50 | 70;
  instanceId: number;
  topId: number;
  categories: PlacedCategory[];
}

const note = (name: string, message: string, messageEn: string): BankNote => ({
  questionName: null,
  message: message.replace('%s', name),
  messageEn: messageEn.replace('%s', name),
});

/**
 * Where each category goes: a root's context decides its whole subtree (course context; a
 * quiz's module context when the caller names the quiz; system categories are written in the
 * course, reported). Contexts come course first, then modules in order of appearance; ids are
 * allocated in that walk, tops first, so the output is the same for the same input.
 */
export const placeQuestionCategories = (
  categories: readonly QuestionCategory[],
  ctx: BankWriteContext,
  notes: BankNote[],
): PlacedContext[] => {
  const known = new Set(categories.map((c) => c.id));
  const isRoot = (c: QuestionCategory) => c.parentId === null || !known.has(c.parentId);
  const childrenOf = (id: string) => categories.filter((c) => c.parentId === id && c.id !== id);
  const course: PlacedContext = {
    key: 'course',
    contextId: ctx.courseContextId,
    level: 50,
    instanceId: ctx.courseId,
    topId: 0,
    categories: [],
  };
  const contexts = [course];
  const contextOf = (root: QuestionCategory): PlacedContext => {
    if (root.context === 'system')
      notes.push(
        note(
          root.name,
          'Catégorie « %s » du contexte système : écrite dans le cours.',
          'Category "%s" of the system context: written in the course.',
        ),
      );
    if (root.context !== 'module') return course;
    const module = ctx.moduleContextOf(root.id);
    if (module === undefined) {
      notes.push(
        note(
          root.name,
          'Catégorie « %s » du contexte d’un module sans test qui l’utilise : écrite dans le cours.',
          'Category "%s" of a module context that no quiz uses: written in the course.',
        ),
      );
      return course;
    }
    const key = `module:${String(module.contextId)}`;
    let found = contexts.find((c) => c.key === key);
    if (found === undefined) {
      found = {
        key,
        contextId: module.contextId,
        level: 70,
        instanceId: module.cmid,
        topId: 0,
        categories: [],
      };
      contexts.push(found);
    }
    return found;
  };
  const pending: {
    category: QuestionCategory;
    place: PlacedContext;
    sortorder: number;
    parent: string | null;
  }[] = [];
  const seen = new Set<string>();
  const visit = (
    c: QuestionCategory,
    place: PlacedContext,
    sortorder: number,
    parent: string | null,
  ) => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    pending.push({ category: c, place, sortorder, parent });
    childrenOf(c.id).forEach((child, i) => {
      visit(child, place, i + 1, c.id);
    });
  };
  for (const root of categories.filter(isRoot)) {
    const place = contextOf(root);
    visit(
      root,
      place,
      pending.filter((p) => p.place === place && p.parent === null).length + 1,
      null,
    );
  }
  // A parent cycle leaves categories unreached: they become roots of the course.
  for (const c of categories) if (!seen.has(c.id)) visit(c, course, 0, null);
  const used = contexts.filter((c) => pending.some((p) => p.place === c));
  const ids = new Map<string, number>();
  for (const place of used) {
    place.topId = ctx.newId();
    for (const p of pending.filter((item) => item.place === place)) {
      const id = ctx.newId();
      ids.set(p.category.id, id);
      place.categories.push({
        category: p.category,
        id,
        parent: p.parent === null ? place.topId : (ids.get(p.parent) ?? place.topId),
        sortorder: p.sortorder,
      });
    }
  }
  return used;
};
