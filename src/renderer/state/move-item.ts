/** A copy of `items` with the item whose id is `id` moved to `toIndex`. */
export const moveItem = <T extends { id: string }>(
  items: readonly T[],
  id: string,
  toIndex: number,
): T[] => {
  const from = items.findIndex((item) => item.id === id);
  const moved = items[from];
  if (moved === undefined) return [...items];
  const rest = items.filter((item) => item.id !== id);
  const target = Math.max(0, Math.min(toIndex, rest.length));
  return [...rest.slice(0, target), moved, ...rest.slice(target)];
};
