import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PreviewDialog } from './preview-dialog';

/** "Prévisualiser": opens the preview of the parcours; focus comes back here on close. */
export const PreviewButton = ({
  parcours,
  className,
}: {
  parcours: { id: string; title: string };
  className?: string;
}) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className}
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
        }}
      >
        {t('previewPane.button')}
      </button>
      {open && (
        <PreviewDialog
          parcours={parcours}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </>
  );
};
