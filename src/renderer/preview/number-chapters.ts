/** A book's chapters with Moodle's numbers: "1.", "2.", a subchapter "2.1.". */
export const numberChapters = <T extends { subchapter: boolean }>(
  chapters: readonly T[],
): (T & { number: string })[] => {
  let chapter = 0;
  let sub = 0;
  return chapters.map((c) => {
    // A subchapter before any chapter belongs to a chapter 1 Moodle would show it under.
    if (!c.subchapter || chapter === 0) {
      chapter += 1;
      sub = 0;
      if (!c.subchapter) return { ...c, number: `${String(chapter)}.` };
    }
    sub += 1;
    return { ...c, number: `${String(chapter)}.${String(sub)}.` };
  });
};
