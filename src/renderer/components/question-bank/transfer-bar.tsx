import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { useQuestionTransfer } from '../../hooks/use-question-transfer';

/** Import from a GIFT / Moodle XML file, export the selected category. */
export const TransferBar = ({
  transfer,
  categoryId,
}: {
  transfer: ReturnType<typeof useQuestionTransfer>;
  categoryId: string | undefined;
}) => {
  const { t } = useTranslation();
  const inputId = useId();
  const exported = transfer.exportReport;
  return (
    <div className="bank-transfer">
      <input
        id={inputId}
        type="file"
        accept=".gift,.txt,.xml"
        className="visually-hidden-file"
        disabled={transfer.importing}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) transfer.importFile(file, categoryId);
        }}
      />
      <label htmlFor={inputId} className="button-like">
        {t('questions.import.choose')}
      </label>
      <button
        type="button"
        onClick={() => {
          transfer.exportFile('gift', categoryId);
        }}
      >
        {t('questions.export.gift')}
      </button>
      <button
        type="button"
        onClick={() => {
          transfer.exportFile('moodle-xml', categoryId);
        }}
      >
        {t('questions.export.xml')}
      </button>
      {transfer.importing && <span role="status">{t('questions.import.running')}</span>}
      {exported !== null && (
        <p role="status" className="muted">
          {t('questions.export.done', {
            count: exported.written,
            skipped: exported.skipped.length,
            losses: exported.losses.length,
          })}
        </p>
      )}
      {transfer.error !== null && (
        <p role="alert" className="error-text">
          {transfer.error}
        </p>
      )}
    </div>
  );
};
