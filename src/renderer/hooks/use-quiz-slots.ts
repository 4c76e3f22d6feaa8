import { useQueries, useQuery } from '@tanstack/react-query';
import type { Activity } from '../../shared/domain/activity';
import type { QuizSlot } from '../../shared/domain/quiz-slot';
import type { ActivitySave } from './use-activity-save';
import { moveItem } from '../components/question-editor/move-item';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';
import { type RandomFilter, useRandomMatchCounts } from './use-random-match-counts';

type Quiz = Extract<Activity, { type: 'quiz' }>;

/** Pages renumbered from 1 without gaps, in slot order (Moodle's rule). */
const renumber = (slots: QuizSlot[]): QuizSlot[] => {
  let page = 0;
  let last = -1;
  return slots.map((slot) => {
    if (slot.page !== last) {
      page += 1;
      last = slot.page;
    }
    return { ...slot, page };
  });
};

/**
 * A quiz's slots: the names of their questions, and every edit (add fixed or random, move, page
 * break, mark, remove) saved at once through `activity.update`.
 */
export const useQuizSlots = (quiz: Quiz, save: ActivitySave, parcoursId: string | null) => {
  const client = useClient();
  const slots = quiz.slots;
  const fixedIds = slots.flatMap((s) =>
    s.question.kind === 'fixed' ? [s.question.questionId] : [],
  );
  const questions = useQueries({
    queries: fixedIds.map((id) => ({
      queryKey: queryKeys.question(id),
      queryFn: () => client.invoke('question.get', { id }),
    })),
  });
  const categories = useQuery({
    queryKey: queryKeys.questionCategories(parcoursId ?? ''),
    queryFn: () => client.invoke('questionCategory.list', { parcoursId: parcoursId ?? '' }),
    enabled: parcoursId !== null,
  });
  const random = slots.flatMap((s) =>
    s.question.kind === 'random' ? [{ id: s.id, filter: s.question }] : [],
  );
  const counts = useRandomMatchCounts(
    parcoursId,
    random.map((r) => r.filter),
  );
  const nameOf = (slot: QuizSlot): string | null => {
    if (slot.question.kind === 'random') {
      const categoryId = slot.question.categoryId;
      return categories.data?.find((c) => c.id === categoryId)?.name ?? null;
    }
    const questionId = slot.question.questionId;
    return questions.find((q) => q.data?.id === questionId)?.data?.name ?? null;
  };
  const write = (next: QuizSlot[]) => {
    save.saveNow('slots', { slots: renumber(next) });
  };
  const lastPage = slots.at(-1)?.page ?? 1;
  return {
    slots,
    nameOf,
    categories: categories.data ?? [],
    /** How many bank questions a random slot may draw (null: fixed slot, or still counting). */
    matchCountOf: (slot: QuizSlot): number | null =>
      counts[random.findIndex((r) => r.id === slot.id)] ?? null,
    /** Adds a bank question; its slot is marked out of the question's default mark (Moodle's rule). */
    addFixed: (questionId: string, maxMark: number) => {
      write([
        ...slots,
        {
          id: crypto.randomUUID(),
          page: lastPage,
          maxMark,
          requirePrevious: false,
          question: { kind: 'fixed', questionId },
        },
      ]);
    },
    addRandom: ({ categoryId, includeSubcategories, tags }: RandomFilter) => {
      write([
        ...slots,
        {
          id: crypto.randomUUID(),
          page: lastPage,
          maxMark: 1,
          requirePrevious: false,
          question: { kind: 'random', categoryId, includeSubcategories, tags },
        },
      ]);
    },
    move: (from: number, to: number) => {
      // A moved slot takes the page of the place it lands on.
      const moved = moveItem(slots, from, to);
      const neighbour = slots[to];
      write(moved.map((s, i) => (i === to && neighbour ? { ...s, page: neighbour.page } : s)));
    },
    /** Starts a new page after slot `index`, or joins the next page back to it. */
    togglePageBreak: (index: number) => {
      const current = slots[index];
      const next = slots[index + 1];
      if (!current || !next) return;
      const breaking = next.page === current.page;
      write(slots.map((s, i) => (i > index ? { ...s, page: s.page + (breaking ? 1 : -1) } : s)));
    },
    setMark: (index: number, maxMark: number) => {
      write(slots.map((s, i) => (i === index ? { ...s, maxMark } : s)));
    },
    remove: (index: number) => {
      write(slots.filter((_, i) => i !== index));
    },
  };
};
