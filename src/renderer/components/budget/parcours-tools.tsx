import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BudgetPanel } from './budget-panel';
import { IndexationDialog } from '../indexation/indexation-dialog';

/** Under the parcours list: the selected parcours' indexation and its time budget. */
export const ParcoursTools = ({ parcoursId }: { parcoursId: string }) => {
  const { t } = useTranslation();
  const [indexationOpen, setIndexationOpen] = useState(false);
  return (
    <div className="parcours-tools">
      <button
        type="button"
        className="parcours-tools__indexation"
        onClick={() => {
          setIndexationOpen(true);
        }}
      >
        {t('content.indexation.open')}
      </button>
      <BudgetPanel parcoursId={parcoursId} />
      {indexationOpen && (
        <IndexationDialog
          parcoursId={parcoursId}
          onClose={() => {
            setIndexationOpen(false);
          }}
        />
      )}
    </div>
  );
};
