import { useTranslation } from 'react-i18next';

interface ListItemToolsProps {
  name: string;
  index: number;
  count: number;
  onMove: (toIndex: number) => void;
  onRemove: () => void;
}

/** "Monter", "Descendre", "Retirer" for one item of an options or chapters list. */
export const ListItemTools = ({ name, index, count, onMove, onRemove }: ListItemToolsProps) => {
  const { t } = useTranslation();
  return (
    <div className="list-item-tools">
      <button
        type="button"
        className="button--quiet"
        disabled={index === 0}
        aria-label={t('outline.list.moveUpNamed', { name })}
        onClick={() => {
          onMove(index - 1);
        }}
      >
        {t('outline.moveUp')}
      </button>
      <button
        type="button"
        className="button--quiet"
        disabled={index === count - 1}
        aria-label={t('outline.list.moveDownNamed', { name })}
        onClick={() => {
          onMove(index + 1);
        }}
      >
        {t('outline.moveDown')}
      </button>
      <button
        type="button"
        className="button--quiet button--danger-text"
        aria-label={t('outline.list.removeNamed', { name })}
        onClick={onRemove}
      >
        {t('outline.list.remove')}
      </button>
    </div>
  );
};
