import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivityRowKeys } from '../../hooks/use-activity-row-keys';
import type { OutlineController } from '../../hooks/use-outline-controller';
import type { OutlineRow } from '../../state/outline-rows';
import { InlineRenameField } from './inline-rename-field';

type ActivityRow = Extract<OutlineRow, { kind: 'activity' }>;

interface OutlineActivityRowProps {
  row: ActivityRow;
  controller: OutlineController;
  /** Open in the editor pane. */
  current: boolean;
  onOpen: (id: string) => void;
}

/**
 * An activity of the outline: a selection box (reached with Space from the keyboard), the
 * button that opens it (type and title), then its time, its modality when it differs from
 * its section's, and a marker when participants don't see it.
 */
export const OutlineActivityRow = ({
  row,
  controller,
  current,
  onOpen,
}: OutlineActivityRowProps) => {
  const { t } = useTranslation();
  const metaId = useId();
  const { activity, section } = row;
  const selected = controller.selection.isSelected(activity.id);
  const onKeyDown = useActivityRowKeys(row, controller);
  const hidden = !activity.visibleTo.includes('participant');
  const overridden = activity.modality !== null && activity.modality !== section.modality;
  const typeName = t(`outline.types.${activity.type}.name`);
  return (
    <div className={`outline-activity${selected ? ' outline-activity--selected' : ''}`}>
      <input
        type="checkbox"
        className="outline-activity__check"
        tabIndex={-1}
        checked={selected}
        aria-label={t('outline.selectNamed', { title: activity.title })}
        onChange={() => {
          controller.selection.toggle(activity.id);
        }}
      />
      {controller.renamingId === activity.id ? (
        <InlineRenameField
          label={t('outline.renameActivityField', { title: activity.title })}
          initial={activity.title}
          onDone={(next) => {
            controller.setRenamingId(null);
            controller.focus.requestFocus(row.key);
            if (next !== null && next !== activity.title)
              controller.activityActions.rename.mutate({ id: activity.id, title: next });
          }}
        />
      ) : (
        <button
          type="button"
          className="activity-link"
          data-focus="main"
          aria-current={current ? 'true' : undefined}
          aria-describedby={metaId}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+Shift+ArrowUp Alt+Shift+ArrowDown Space F2 Delete"
          onKeyDown={onKeyDown}
          onClick={(event) => {
            const toggle = event.ctrlKey || event.metaKey;
            controller.selection.click(activity.id, { toggle, range: event.shiftKey });
            if (!toggle && !event.shiftKey) onOpen(activity.id);
          }}
        >
          <span className={`type-badge type-badge--${activity.type}`}>{typeName}</span>
          <span className="activity-link__title">{activity.title}</span>
        </button>
      )}
      <span id={metaId} className="outline-activity__meta">
        {activity.estimatedMinutes !== null && (
          <span>{t('outline.minutes', { count: activity.estimatedMinutes })}</span>
        )}
        {overridden && (
          <span className={`modality-badge modality-badge--${activity.modality ?? ''}`}>
            {t(`outline.modality.${activity.modality ?? 'distance-async'}`)}
          </span>
        )}
        {hidden && (
          <span className="hidden-marker" title={t('outline.hiddenFromParticipants')}>
            {t('outline.hiddenShort')}
            <span className="visually-hidden"> — {t('outline.hiddenFromParticipants')}</span>
          </span>
        )}
        {selected && <span className="visually-hidden">{t('outline.selected')}</span>}
      </span>
    </div>
  );
};
