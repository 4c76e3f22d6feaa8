import {
  DndContext,
  DragOverlay,
  type DragEndEvent,
  type DragStartEvent,
  PointerSensor,
  pointerWithin,
  closestCenter,
  type CollisionDetection,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFollowFocus } from '../../hooks/use-follow-focus';
import type { OutlineController } from '../../hooks/use-outline-controller';
import type { OutlineRow } from '../../state/outline-rows';
import { OutlineActivityRow } from './outline-activity-row';
import { OutlineSectionEndRow } from './outline-section-end-row';
import { OutlineSectionRow } from './outline-section-row';
import { OutlineRowFrame } from './outline-row-frame';

const ESTIMATES: Record<OutlineRow['kind'], number> = {
  section: 64,
  activity: 40,
  'section-end': 44,
};

const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length > 0 ? within : closestCenter(args);
};

/**
 * The outline's rows, virtualized (only what is on screen, plus a margin, is in the DOM) and
 * draggable with the pointer; keyboard moves go through the controller.
 */
export const OutlineList = ({
  controller,
  selectedActivityId,
  onSelectActivity,
}: {
  controller: OutlineController;
  selectedActivityId: string | null;
  onSelectActivity: (id: string) => void;
}) => {
  const { t } = useTranslation();
  const { rows, focus } = controller;
  const scroller = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState<OutlineRow | null>(null);
  const draggingIndex = dragging ? rows.findIndex((row) => row.key === dragging.key) : -1;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => ESTIMATES[rows[index]?.kind ?? 'activity'],
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 12,
    // The dragged row stays mounted even when scrolled away, so dnd-kit keeps its node.
    rangeExtractor: useCallback(
      (range: Parameters<typeof defaultRangeExtractor>[0]) => {
        const indexes = defaultRangeExtractor(range);
        return draggingIndex >= 0 && !indexes.includes(draggingIndex)
          ? [...indexes, draggingIndex].sort((a, b) => a - b)
          : indexes;
      },
      [draggingIndex],
    ),
  });
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  useFollowFocus(
    scroller,
    focus.request,
    (key) => rows.findIndex((row) => row.key === key),
    (index) => {
      virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    focus.done,
  );

  const onDragStart = (event: DragStartEvent) => {
    setDragging(rows.find((row) => row.key === event.active.id) ?? null);
  };
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    if (event.over) controller.drop(String(event.active.id), String(event.over.id));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        setDragging(null);
      }}
      accessibility={{ screenReaderInstructions: { draggable: t('outline.dnd.instructions') } }}
    >
      <div
        ref={scroller}
        className="outline__scroller"
        onKeyDownCapture={focus.done}
        onPointerDownCapture={focus.done}
      >
        <div
          role="list"
          aria-label={t('outline.listLabel')}
          className="outline__rows"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <OutlineRowFrame
                key={row.key}
                row={row}
                index={item.index}
                count={rows.length}
                start={item.start}
                measure={virtualizer.measureElement}
              >
                {row.kind === 'section' && <OutlineSectionRow row={row} controller={controller} />}
                {row.kind === 'activity' && (
                  <OutlineActivityRow
                    row={row}
                    controller={controller}
                    current={row.activity.id === selectedActivityId}
                    onOpen={onSelectActivity}
                  />
                )}
                {row.kind === 'section-end' && (
                  <OutlineSectionEndRow row={row} controller={controller} />
                )}
              </OutlineRowFrame>
            );
          })}
        </div>
      </div>
      <DragOverlay dropAnimation={null}>
        {dragging && (
          <div className="outline__drag-overlay">
            {dragging.kind === 'activity'
              ? dragging.activity.title
              : dragging.kind === 'section'
                ? dragging.section.title
                : ''}
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
};
