import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ExportedParcours, ExportParcoursDialog } from './export-parcours-dialog';

interface ExportParcoursButtonProps {
  parcours: ExportedParcours;
  /** "Exporter…" in the parcours list (its name says which parcours); the full label elsewhere. */
  compact?: boolean;
  className?: string;
}

/** Opens the export dialog; the dialog gives the focus back to this button when it closes. */
export const ExportParcoursButton = ({
  parcours,
  compact = false,
  className,
}: ExportParcoursButtonProps) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className}
        aria-label={
          compact ? t('exchange.export.buttonNamed', { title: parcours.title }) : undefined
        }
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
        }}
      >
        {t(compact ? 'exchange.export.buttonShort' : 'exchange.export.button')}
      </button>
      {open && (
        <ExportParcoursDialog
          parcours={parcours}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </>
  );
};
