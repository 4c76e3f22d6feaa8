/** A clock the tests move by hand, for coalescing and snapshot schedules. */
export interface FakeClock {
  now: () => Date;
  advance(ms: number): void;
  set(at: Date): void;
}

export const createFakeClock = (start = new Date('2025-03-10T09:00:00.000Z')): FakeClock => {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(ms) {
      current += ms;
    },
    set(at) {
      current = at.getTime();
    },
  };
};
