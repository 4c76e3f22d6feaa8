import { useTranslation } from 'react-i18next';
import type { OutlineController } from '../../hooks/use-outline-controller';

/**
 * Actions on the selected activities (one or many): the visible twin of the row shortcuts.
 * Always rendered, so it never shifts the outline; disabled while nothing is selected.
 */
export const OutlineToolbar = ({ controller }: { controller: OutlineController }) => {
  const { t } = useTranslation();
  const { selected } = controller.selection;
  const count = selected.length;
  const none = count === 0;
  const [first] = selected;
  return (
    <div className="outline-toolbar" role="group" aria-label={t('outline.selectionTools')}>
      <span className="outline-toolbar__count" aria-live="polite">
        {t('outline.selectedCount', { count })}
      </span>
      {/* The actions appear with a selection: before, the line only says how to select. */}
      {none ? (
        <span className="outline-toolbar__hint">{t('outline.selectHint')}</span>
      ) : (
        <>
          <button
            type="button"
            className="button--small"
            disabled={count !== 1}
            aria-keyshortcuts="F2"
            onClick={() => {
              if (first !== undefined) controller.setRenamingId(first);
            }}
          >
            {t('outline.rename')}
          </button>
          <button
            type="button"
            className="button--small"
            disabled={count !== 1}
            aria-keyshortcuts="Control+D"
            onClick={() => {
              if (first !== undefined) controller.duplicateActivity(first);
            }}
          >
            {t('outline.duplicate')}
          </button>
          <button
            type="button"
            className="button--small"
            disabled={none}
            onClick={() => {
              controller.openDialog({ kind: 'move-activities', ids: [...selected] });
            }}
          >
            {t('outline.moveTo')}
          </button>
          <button
            type="button"
            className="button--small"
            disabled={none}
            onClick={() => {
              controller.openDialog({ kind: 'copy-activities', ids: [...selected] });
            }}
          >
            {t('outline.copyTo')}
          </button>
          <button
            type="button"
            className="button--small button--danger-text"
            disabled={none}
            aria-keyshortcuts="Delete"
            onClick={() => {
              controller.openDialog({ kind: 'delete-activities', ids: [...selected] });
            }}
          >
            {t('outline.delete')}
          </button>
          <button
            type="button"
            className="button--small"
            disabled={none}
            aria-keyshortcuts="Escape"
            onClick={controller.selection.clear}
          >
            {t('outline.clearSelection')}
          </button>
        </>
      )}
    </div>
  );
};
