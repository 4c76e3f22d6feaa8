import type { KeyboardEvent } from 'react';
import type { OutlineController } from './use-outline-controller';
import type { OutlineRow } from '../state/outline-rows';

type ActivityRow = Extract<OutlineRow, { kind: 'activity' }>;

const focusSibling = (from: HTMLElement, direction: -1 | 1): void => {
  const row = from.closest('[data-row-key]');
  const list = row?.parentElement;
  if (!row || !list) return;
  const rows = [...list.children].sort(
    (a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')),
  );
  const next = rows[rows.indexOf(row) + direction];
  next?.querySelector<HTMLElement>('[data-focus="main"]')?.focus();
};

/**
 * The keys of an activity row: ↑/↓ go to the row above or below, Alt+↑/↓ move the item (or
 * the selection it belongs to) in its section, Alt+Shift+↑/↓ into the previous or next
 * section, Space selects, Ctrl+A selects the section, F2 renames, Ctrl+D duplicates,
 * Delete deletes, Escape clears the selection.
 */
export const useActivityRowKeys = (row: ActivityRow, controller: OutlineController) => {
  const { activity, section } = row;
  return (event: KeyboardEvent<HTMLElement>) => {
    const mod = event.ctrlKey || event.metaKey;
    const arrow = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
    const run = (action: () => void) => {
      event.preventDefault();
      event.stopPropagation();
      action();
    };
    if (arrow !== 0 && event.altKey) {
      run(() => {
        controller.moveByKeyboard(activity.id, arrow, event.shiftKey);
      });
    } else if (arrow !== 0 && !mod && !event.shiftKey) {
      run(() => {
        focusSibling(event.currentTarget, arrow);
      });
    } else if (event.key === ' ' && !mod && !event.altKey) {
      run(() => {
        controller.selection.toggle(activity.id);
      });
    } else if (mod && event.key.toLowerCase() === 'a') {
      run(() => {
        controller.selection.selectAll(section.activities.map((a) => a.id));
      });
    } else if (mod && event.key.toLowerCase() === 'd') {
      run(() => {
        controller.duplicateActivity(activity.id);
      });
    } else if (event.key === 'F2') {
      run(() => {
        controller.setRenamingId(activity.id);
      });
    } else if (event.key === 'Delete') {
      run(() => {
        controller.openDialog({
          kind: 'delete-activities',
          ids: [...controller.targetsOf(activity.id)],
        });
      });
    } else if (event.key === 'Escape' && controller.selection.selected.length > 0) {
      run(controller.selection.clear);
    }
  };
};
