import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityType } from '../../shared/domain/activity';
import type { Outline } from '../../shared/domain/outline';
import { activityRowKey, outlineRows, sectionRowKey } from '../state/outline-rows';
import type { OutlineSectionData } from '../state/outline-rows';
import { planDrop } from '../state/plan-drop';
import { planKeyboardMove } from '../state/plan-keyboard-move';
import { type MoveTarget, useActivityActions } from './use-activity-actions';
import { useAnnouncer } from './use-announcer';
import { useOutline } from './use-outline';
import { useOutlineActions } from './use-outline-actions';
import { useOutlineFocus } from './use-outline-focus';
import { useOutlineSelection } from './use-outline-selection';

export type OutlineDialog =
  | { kind: 'add-activity'; section: OutlineSectionData }
  | { kind: 'section-settings'; section: OutlineSectionData }
  | { kind: 'delete-section'; section: OutlineSectionData }
  | { kind: 'delete-activities'; ids: string[] }
  | { kind: 'move-activities'; ids: string[] }
  | { kind: 'copy-activities'; ids: string[] }
  | { kind: 'copy-section'; section: OutlineSectionData };

const EMPTY: Outline['sections'] = [];

/**
 * Everything the outline decides: what is selected, where a keyboard move or a drop takes
 * an item, which dialog is open, what the live region says and where the focus goes.
 */
export const useOutlineController = (
  parcoursId: string,
  onSelectActivity: (id: string, options?: { created?: boolean }) => void,
) => {
  const { t } = useTranslation();
  const outline = useOutline(parcoursId);
  const sectionActions = useOutlineActions(parcoursId);
  const activityActions = useActivityActions(parcoursId);
  const rows = useMemo(() => (outline.data ? outlineRows(outline.data) : []), [outline.data]);
  const selection = useOutlineSelection(rows);
  const announcer = useAnnouncer();
  const focus = useOutlineFocus();
  const [dialog, setDialog] = useState<OutlineDialog | null>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const sections = outline.data?.sections ?? EMPTY;

  const titleOf = (id: string) =>
    sections.flatMap((s) => s.activities).find((a) => a.id === id)?.title ?? '';
  const sectionTitle = (id: string) => sections.find((s) => s.id === id)?.title ?? '';
  /** The selection when `id` is part of it, `id` alone otherwise. */
  const targetsOf = (id: string) =>
    selection.isSelected(id) && selection.selected.length > 1 ? selection.selected : [id];

  const moveActivities = (ids: readonly string[], target: MoveTarget) => {
    const [first] = ids;
    if (first === undefined) return;
    activityActions.move.mutate({ ids, ...target });
    focus.requestFocus(activityRowKey(first));
    announcer.announce(
      t('outline.announce.moved', {
        count: ids.length,
        title: titleOf(first),
        position: target.toIndex + 1,
        section: sectionTitle(target.sectionId),
      }),
    );
  };

  const moveSection = (id: string, toIndex: number, focusTarget = 'main') => {
    if (toIndex < 0 || toIndex >= sections.length) return;
    sectionActions.moveSection.mutate({ id, toIndex });
    focus.requestFocus(sectionRowKey(id), focusTarget);
    announcer.announce(
      t('outline.announce.sectionMoved', { title: sectionTitle(id), position: toIndex + 1 }),
    );
  };

  const moveByKeyboard = (id: string, direction: -1 | 1, crossSection: boolean) => {
    if (!outline.data) return;
    const ids = targetsOf(id);
    const plan = planKeyboardMove(outline.data, id, ids, direction, crossSection);
    if (plan) moveActivities(ids, plan);
    else
      announcer.announce(t(crossSection ? 'outline.announce.noSection' : 'outline.announce.edge'));
  };

  const drop = (activeKey: string, overKey: string) => {
    if (!outline.data) return;
    const plan = planDrop(outline.data, activeKey, overKey, selection.selected);
    if (!plan) return;
    if (plan.kind === 'section') moveSection(plan.id, plan.toIndex);
    else moveActivities(plan.ids, plan);
  };

  const createActivity = (section: OutlineSectionData, type: ActivityType) => {
    activityActions.create.mutate(
      { sectionId: section.id, type, title: t(`outline.types.${type}.newTitle`) },
      {
        onSuccess: (activity) => {
          onSelectActivity(activity.id, { created: true });
          selection.selectAll([activity.id]);
          announcer.announce(
            t('outline.announce.created', { title: activity.title, section: section.title }),
          );
        },
      },
    );
  };

  const duplicateActivity = (id: string) => {
    activityActions.duplicate.mutate(id, {
      onSuccess: (copy) => {
        focus.requestFocus(activityRowKey(copy.id));
        selection.selectAll([copy.id]);
        announcer.announce(t('outline.announce.duplicated', { title: copy.title }));
      },
    });
  };

  const removeActivities = (ids: readonly string[]) => {
    const [first] = ids;
    if (first === undefined) return;
    // The focus goes to the row after the deleted ones (or before them at the end).
    const order = rows.filter((row) => row.kind === 'activity').map((row) => row.key);
    const gone = new Set(ids.map(activityRowKey));
    const at = order.indexOf(activityRowKey(first));
    const next = [...order.slice(at), ...order.slice(0, at).reverse()].find((k) => !gone.has(k));
    activityActions.remove.mutate(ids);
    selection.clear();
    announcer.announce(t('outline.announce.deleted', { count: ids.length, title: titleOf(first) }));
    if (next !== undefined) focus.requestFocus(next);
  };

  return {
    outline,
    rows,
    sections,
    sectionActions,
    activityActions,
    selection,
    announcer,
    focus,
    dialog,
    openDialog: setDialog,
    closeDialog: () => {
      setDialog(null);
    },
    renamingId,
    setRenamingId,
    targetsOf,
    moveActivities,
    moveSection,
    moveByKeyboard,
    drop,
    createActivity,
    duplicateActivity,
    removeActivities,
  };
};

export type OutlineController = ReturnType<typeof useOutlineController>;
