import { useDraggable, useDroppable } from '@dnd-kit/core';
import type { ReactNode } from 'react';
import type { OutlineRow } from '../../state/outline-rows';

interface OutlineRowFrameProps {
  row: OutlineRow;
  index: number;
  count: number;
  start: number;
  measure: (element: Element | null) => void;
  children: ReactNode;
}

/**
 * One positioned row of the virtual list: a list item that is a drop target, and a drag
 * source for sections and activities. Only the pointer listeners of dnd-kit are used: the
 * keyboard has its own moves (Alt+↑/↓), announced in the outline's live region.
 */
export const OutlineRowFrame = ({
  row,
  index,
  count,
  start,
  measure,
  children,
}: OutlineRowFrameProps) => {
  const draggable = useDraggable({ id: row.key, disabled: row.kind === 'section-end' });
  const droppable = useDroppable({ id: row.key });
  const classes = [
    'outline-row',
    `outline-row--${row.kind}`,
    droppable.isOver && !draggable.isDragging ? 'outline-row--drop-target' : '',
    draggable.isDragging ? 'outline-row--dragging' : '',
  ];
  return (
    <div
      role="listitem"
      aria-posinset={index + 1}
      aria-setsize={count}
      data-index={index}
      data-row-key={row.key}
      className={classes.filter(Boolean).join(' ')}
      style={{ transform: `translateY(${start}px)` }}
      ref={(element) => {
        measure(element);
        draggable.setNodeRef(element);
        droppable.setNodeRef(element);
      }}
      {...draggable.listeners}
    >
      {children}
    </div>
  );
};
