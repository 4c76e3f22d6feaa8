import { type KeyboardEvent, useRef, useState } from 'react';

/**
 * The ARIA toolbar pattern: one Tab stop; arrows, Home and End move between the items,
 * and the toolbar remembers the last item used.
 */
export const useRovingTabindex = (count: number) => {
  const [active, setActive] = useState(0);
  const items = useRef<(HTMLElement | null)[]>([]);
  const focusItem = (index: number) => {
    const next = (index + count) % count;
    setActive(next);
    items.current[next]?.focus();
  };
  return {
    onKeyDown: (event: KeyboardEvent) => {
      const moves: Record<string, () => void> = {
        ArrowRight: () => {
          focusItem(active + 1);
        },
        ArrowLeft: () => {
          focusItem(active - 1);
        },
        Home: () => {
          focusItem(0);
        },
        End: () => {
          focusItem(count - 1);
        },
      };
      const move = moves[event.key];
      if (move) {
        event.preventDefault();
        move();
      }
    },
    itemProps: (index: number) => ({
      tabIndex: index === active ? 0 : -1,
      ref: (element: HTMLElement | null) => {
        items.current[index] = element;
      },
      onFocus: () => {
        setActive(index);
      },
    }),
  };
};
