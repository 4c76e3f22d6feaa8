/**
 * `base`, or the first of `base-2`, `base-3`… not in `taken`, which it then joins. Called in the
 * model's order, so the same names always get the same suffixes.
 */
export const claimName = (taken: Set<string>, base: string): string => {
  let name = base;
  for (let n = 2; taken.has(name); n += 1) name = `${base}-${String(n)}`;
  taken.add(name);
  return name;
};
