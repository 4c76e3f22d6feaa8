import { useTranslation } from 'react-i18next';
import type { OutlineController } from '../../hooks/use-outline-controller';
import type { OutlineRow } from '../../state/outline-rows';

type EndRow = Extract<OutlineRow, { kind: 'section-end' }>;

/** The foot of a section: "Aucune activité" when empty, and the quick "Ajouter une page". */
export const OutlineSectionEndRow = ({
  row,
  controller,
}: {
  row: EndRow;
  controller: OutlineController;
}) => {
  const { t } = useTranslation();
  const { section } = row;
  return (
    <div className="outline-section-end">
      {section.activities.length === 0 && (
        <span className="muted outline-section-end__empty">{t('outline.noActivity')}</span>
      )}
      <button
        type="button"
        className="button--small"
        data-focus="main"
        aria-label={t('outline.addPageNamed', { title: section.title })}
        onClick={() => {
          controller.createActivity(section, 'page');
        }}
      >
        {t('outline.addPage')}
      </button>
    </div>
  );
};
