import { useMemo, useState } from 'react';
import type { OutlineRow } from '../state/outline-rows';

export interface ClickModifiers {
  toggle: boolean;
  range: boolean;
}

/**
 * The activities selected in the outline for bulk actions. Ctrl/Cmd+click toggles one,
 * Shift+click selects a range from the last one clicked, a plain click selects only that
 * one. Ids that left the outline (deleted, moved away) drop out by themselves.
 */
export const useOutlineSelection = (rows: readonly OutlineRow[]) => {
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [anchor, setAnchor] = useState<string | null>(null);
  const order = useMemo(
    () => rows.flatMap((row) => (row.kind === 'activity' ? [row.activity.id] : [])),
    [rows],
  );
  const selected = useMemo(() => {
    const wanted = new Set(chosen);
    return order.filter((id) => wanted.has(id));
  }, [chosen, order]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);

  const range = (from: string, to: string): string[] => {
    const a = order.indexOf(from);
    const b = order.indexOf(to);
    if (a < 0 || b < 0) return [to];
    return order.slice(Math.min(a, b), Math.max(a, b) + 1);
  };

  return {
    selected,
    isSelected: (id: string) => selectedSet.has(id),
    click: (id: string, modifiers: ClickModifiers) => {
      if (modifiers.range && anchor !== null) {
        setChosen(range(anchor, id));
        return;
      }
      setAnchor(id);
      if (modifiers.toggle) {
        setChosen(selectedSet.has(id) ? selected.filter((x) => x !== id) : [...selected, id]);
      } else {
        setChosen([id]);
      }
    },
    toggle: (id: string) => {
      setAnchor(id);
      setChosen(selectedSet.has(id) ? selected.filter((x) => x !== id) : [...selected, id]);
    },
    selectAll: (ids: readonly string[]) => {
      setChosen(ids);
      setAnchor(ids[0] ?? null);
    },
    clear: () => {
      setChosen([]);
    },
  };
};
