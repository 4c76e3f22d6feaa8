import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportParcoursDialog } from './import-parcours-dialog';

/** "Importer un parcours…": opens the import dialog, which gives the focus back here. */
export const ImportParcoursButton = ({
  onOpenParcours,
}: {
  onOpenParcours: (parcoursId: string) => void;
}) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
        }}
      >
        {t('exchange.import.button')}
      </button>
      {open && (
        <ImportParcoursDialog
          onOpenParcours={onOpenParcours}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </>
  );
};
