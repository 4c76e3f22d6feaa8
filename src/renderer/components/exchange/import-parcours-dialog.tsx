import { useTranslation } from 'react-i18next';
import { useClient } from '../../hooks/use-client';
import { useExchangeDialogs } from '../../hooks/use-exchange-dialogs';
import { useExchangeImportForm } from '../../hooks/use-exchange-import-form';
import { useExchangeJob } from '../../hooks/use-exchange-job';
import { ExchangeJobDialog } from './exchange-job-dialog';
import { ExchangeReportView } from './exchange-report-view';
import { ImportForm } from './import-form';

interface ImportParcoursDialogProps {
  onClose: () => void;
  /** Shows the imported parcours; the list already has it (the core sent `project.changed`). */
  onOpenParcours: (parcoursId: string) => void;
}

/** "Importer un parcours": a backup or a folder, progress, then the report and "Ouvrir". */
export const ImportParcoursDialog = ({ onClose, onOpenParcours }: ImportParcoursDialogProps) => {
  const { t } = useTranslation();
  const client = useClient();
  const dialogs = useExchangeDialogs();
  const form = useExchangeImportForm();
  const job = useExchangeJob();
  const start = () => {
    const path = form.path.trim();
    void job.run(() => client.invoke('exchange.import', { path }));
  };
  return (
    <ExchangeJobDialog
      kind="import"
      title={t('exchange.import.title')}
      job={job}
      path={form.path.trim()}
      onClose={onClose}
      form={
        <>
          <p className="muted">{t('exchange.import.intro')}</p>
          <ImportForm
            form={form}
            pending={job.state.stage !== 'idle'}
            browse={dialogs.native ? dialogs.pickImportSource : null}
            onSubmit={start}
            onCancel={onClose}
          />
        </>
      }
      success={(result) =>
        result.kind === 'import' && (
          <div className="exchange-outcome">
            <p className="exchange-outcome__title" tabIndex={-1} data-autofocus>
              {t(result.replaced ? 'exchange.import.replaced' : 'exchange.import.done', {
                title: result.title,
                shortName: result.shortName,
              })}
            </p>
            <ExchangeReportView report={result.report} />
            <div className="modal__actions">
              <button type="button" onClick={onClose}>
                {t('common.close')}
              </button>
              <button
                type="button"
                className="button--primary"
                onClick={() => {
                  onOpenParcours(result.parcoursId);
                  onClose();
                }}
              >
                {t('exchange.import.open')}
              </button>
            </div>
          </div>
        )
      }
    />
  );
};
