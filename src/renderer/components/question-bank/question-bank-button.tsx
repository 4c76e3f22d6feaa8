import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionBankDialog } from './question-bank-dialog';

/** Opens the question bank of the selected parcours. */
export const QuestionBankButton = ({ parcoursId }: { parcoursId: string }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="question-bank-button"
        onClick={() => {
          setOpen(true);
        }}
      >
        {t('questions.bank.open')}
      </button>
      {open && (
        <QuestionBankDialog
          parcoursId={parcoursId}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </>
  );
};
