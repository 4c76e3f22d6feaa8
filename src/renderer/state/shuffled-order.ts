/**
 * The indices 0…n−1 in a random order that is not already the right one (when there are at
 * least two): an ordering question must not start solved.
 */
export const shuffledOrder = (n: number, random: () => number = Math.random): number[] => {
  const order = Array.from({ length: n }, (_, i) => i);
  if (n < 2) return order;
  do {
    for (let i = n - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? j, order[i] ?? i];
    }
  } while (order.every((item, i) => item === i));
  return order;
};
