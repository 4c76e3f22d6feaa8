import { useTranslation } from 'react-i18next';
import { useCurrentProject } from '../../hooks/use-current-project';
import { useExchangeDialogs } from '../../hooks/use-exchange-dialogs';
import { useExchangeExportForm } from '../../hooks/use-exchange-export-form';
import { useExchangeJob } from '../../hooks/use-exchange-job';
import { useClient } from '../../hooks/use-client';
import { ExchangeJobDialog } from './exchange-job-dialog';
import { ExchangeReportView } from './exchange-report-view';
import { ExportForm } from './export-form';
import { formatBytes } from './format-bytes';

export interface ExportedParcours {
  id: string;
  title: string;
  shortName: string;
}

/** "Exporter le parcours": format and destination, progress, then the path and the report. */
export const ExportParcoursDialog = ({
  parcours,
  onClose,
}: {
  parcours: ExportedParcours;
  onClose: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const project = useCurrentProject();
  const dialogs = useExchangeDialogs();
  const form = useExchangeExportForm(project.data?.path ?? '', parcours.shortName);
  const job = useExchangeJob();
  const start = () => {
    const input = {
      parcoursId: parcours.id,
      format: form.format,
      path: form.path.trim(),
      moodle: form.moodle,
      zip: form.zip,
    };
    void job.run(() => client.invoke('exchange.export', input));
  };
  return (
    <ExchangeJobDialog
      kind="export"
      title={t('exchange.export.title', { title: parcours.title })}
      job={job}
      path={form.path.trim()}
      onClose={onClose}
      form={
        <ExportForm
          form={form}
          pending={job.state.stage !== 'idle'}
          browse={
            dialogs.native
              ? (format) =>
                  // The dialog adds the format's extension (.mbz, .html, .zip).
                  dialogs.pickExportTarget(parcours.shortName, format)
              : null
          }
          onSubmit={start}
          onCancel={onClose}
        />
      }
      success={(result) => (
        <div className="exchange-outcome">
          <p className="exchange-outcome__title" tabIndex={-1} data-autofocus>
            {result.kind === 'export' &&
              // A folder's size says little (a folder updated in place may have written little).
              (form.format === 'folder'
                ? t('exchange.export.doneFolder', { path: result.path })
                : t('exchange.export.done', {
                    path: result.path,
                    size: formatBytes(result.bytes, i18n.language),
                  }))}
          </p>
          <ExchangeReportView report={result.report} />
          <div className="modal__actions">
            <button type="button" className="button--primary" onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
        </div>
      )}
    />
  );
};
