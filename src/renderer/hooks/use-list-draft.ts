import { useEffect, useRef, useState } from 'react';
import { moveItem } from '../state/move-item';

/**
 * An editable copy of a list setting (choice options, book chapters). Typing saves later,
 * adding, removing and reordering save at once; the stored list replaces the copy when it
 * changes elsewhere (undo) and nothing typed is waiting.
 */
export const useListDraft = <T extends { id: string }>(
  stored: readonly T[],
  commit: (items: T[], later: boolean) => void,
) => {
  const [items, setItems] = useState<T[]>([...stored]);
  const typing = useRef(false);
  useEffect(() => {
    if (!typing.current) setItems([...stored]);
  }, [stored]);
  const apply = (next: T[], later: boolean) => {
    typing.current = later;
    setItems(next);
    commit(next, later);
  };
  return {
    items,
    settle: () => {
      typing.current = false;
    },
    edit: (id: string, change: Partial<T>) => {
      apply(
        items.map((item) => (item.id === id ? { ...item, ...change } : item)),
        true,
      );
    },
    add: (item: T) => {
      apply([...items, item], false);
    },
    remove: (id: string) => {
      apply(
        items.filter((item) => item.id !== id),
        false,
      );
    },
    move: (id: string, toIndex: number) => {
      apply(moveItem(items, id, toIndex), false);
    },
    /** Replaces the whole list at once (an edit touching several items). */
    replace: (next: T[]) => {
      apply(next, false);
    },
  };
};
