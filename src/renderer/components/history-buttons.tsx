import { useTranslation } from 'react-i18next';

interface HistoryButtonsProps {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  onUndo: () => void;
  onRedo: () => void;
}

/** "Annuler : Renommer la section" / "Rétablir : …", named after what they will do. */
export const HistoryButtons = ({
  canUndo,
  canRedo,
  undoLabel,
  redoLabel,
  onUndo,
  onRedo,
}: HistoryButtonsProps) => {
  const { t } = useTranslation();
  return (
    <div className="history-buttons" role="group" aria-label={t('history.group')}>
      <button type="button" disabled={!canUndo} aria-keyshortcuts="Control+Z" onClick={onUndo}>
        {canUndo && undoLabel ? t('history.undoNamed', { label: undoLabel }) : t('history.undo')}
      </button>
      <button
        type="button"
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        onClick={onRedo}
      >
        {canRedo && redoLabel ? t('history.redoNamed', { label: redoLabel }) : t('history.redo')}
      </button>
    </div>
  );
};
