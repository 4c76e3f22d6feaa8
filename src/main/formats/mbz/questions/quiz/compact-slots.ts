import type { QuizSettings } from '../../../../../shared/domain/quiz-settings';

type Section = QuizSettings['sections'][number];

/**
 * Slots and sections once some slots are left out (a question that is not in the bank): pages
 * renumbered without gaps, each section moved to its first remaining slot (or dropped), and
 * a section at slot 1 as Moodle requires. `kept[i]` is the position (1-based) the i-th kept
 * slot had, in order.
 */
export const compactSlots = <S extends { page: number }>(
  kept: readonly { slot: S; position: number }[],
  sections: readonly Section[],
): { slots: S[]; sections: Section[] } => {
  let page = 0;
  let lastPage: number | null = null;
  const slots = kept.map(({ slot }) => {
    if (slot.page !== lastPage) page += 1;
    lastPage = slot.page;
    return { ...slot, page };
  });
  const moved = new Map<number, Section>();
  for (const section of [...sections].sort((a, b) => a.firstSlot - b.firstSlot)) {
    const index = kept.findIndex((k) => k.position >= section.firstSlot);
    // An empty quiz keeps its first section (Moodle has one even without slots).
    const firstSlot =
      index < 0 ? (kept.length === 0 && section.firstSlot === 1 ? 1 : null) : index + 1;
    if (firstSlot !== null && !moved.has(firstSlot))
      moved.set(firstSlot, { ...section, firstSlot });
  }
  const out = [...moved.values()].sort((a, b) => a.firstSlot - b.firstSlot);
  if (out[0]?.firstSlot !== 1) out.unshift({ firstSlot: 1, heading: '', shuffleQuestions: false });
  return { slots, sections: out };
};
