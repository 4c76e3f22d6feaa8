import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionImportResult } from '../../../shared/domain/question-import-result';
import type { QuestionIssue } from '../../../shared/domain/question-import-report';
import { ModalDialog } from '../modal-dialog';

const IssueList = ({ issues, label }: { issues: QuestionIssue[]; label: string }) => {
  const { t, i18n } = useTranslation();
  return (
    <section aria-label={label}>
      <h3 className="import-report__heading">{label}</h3>
      <ul className="import-report__list">
        {issues.map((issue, i) => (
          <li key={i}>
            <strong>
              {issue.line === null
                ? t('questions.import.noLine')
                : t('questions.import.line', { line: issue.line })}
            </strong>
            {issue.questionName !== null && <> — « {issue.questionName} »</>} :{' '}
            {i18n.language.startsWith('en') ? issue.messageEn : issue.message}
          </li>
        ))}
      </ul>
    </section>
  );
};

/** What an import did: questions imported, each refused one with its line and reason, warnings. */
export const ImportReportDialog = ({
  fileName,
  result,
  onClose,
}: {
  fileName: string;
  result: QuestionImportResult;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const summaryId = useId();
  return (
    <ModalDialog
      title={t('questions.import.reportTitle', { file: fileName })}
      onClose={onClose}
      describedBy={summaryId}
      className="modal--wide import-report"
    >
      <p id={summaryId}>
        {t('questions.import.summary', { count: result.imported })}{' '}
        {t('questions.import.refused', { count: result.errors.length })}{' '}
        {t('questions.import.warningCount', { count: result.warnings.length })}
      </p>
      {result.errors.length > 0 && (
        <IssueList issues={result.errors} label={t('questions.import.errorsHeading')} />
      )}
      {result.warnings.length > 0 && (
        <IssueList issues={result.warnings} label={t('questions.import.warningsHeading')} />
      )}
      <div className="modal__actions">
        <button type="button" data-autofocus onClick={onClose}>
          {t('questions.bank.close')}
        </button>
      </div>
    </ModalDialog>
  );
};
