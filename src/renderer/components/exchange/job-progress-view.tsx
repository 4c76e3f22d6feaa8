import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobProgress, JobResult } from '../../../shared/domain/exchange';

interface JobProgressViewProps {
  kind: JobResult['kind'];
  path: string;
  /** Null until the first `job.progress`. */
  progress: JobProgress | null;
  cancelling: boolean;
  onCancel: () => void;
}

/**
 * A running job: a bar (indeterminate while the total is unknown), the step in words and
 * "Annuler". The live region says the step only: it changes a few times per job, where the
 * percentage changes every 100 ms and would drown the screen reader.
 */
export const JobProgressView = ({
  kind,
  path,
  progress,
  cancelling,
  onCancel,
}: JobProgressViewProps) => {
  const { t, i18n } = useTranslation();
  const phaseId = useId();
  const english = i18n.language.startsWith('en');
  const phase =
    progress === null ? t('exchange.job.starting') : english ? progress.phaseEn : progress.phase;
  const total = progress?.total ?? null;
  const done = Math.min(progress?.done ?? 0, total ?? Number.POSITIVE_INFINITY);
  const percent = total !== null && total > 0 ? Math.round((done / total) * 100) : null;
  return (
    <div className="exchange-job">
      <p className="exchange-job__status" tabIndex={-1} data-autofocus>
        {t(`exchange.${kind}.running`, { path })}
      </p>
      {total !== null && total > 0 ? (
        <progress
          className="exchange-job__bar"
          aria-label={t(`exchange.${kind}.progressLabel`)}
          aria-describedby={phaseId}
          value={done}
          max={total}
        />
      ) : (
        <progress
          className="exchange-job__bar"
          aria-label={t(`exchange.${kind}.progressLabel`)}
          aria-describedby={phaseId}
        />
      )}
      <p id={phaseId} className="exchange-job__phase">
        {phase}
        {percent !== null && ` — ${t('exchange.job.percent', { percent })}`}
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="exchange-announcer">
        {cancelling ? t('exchange.job.cancelling') : phase}
      </p>
      <div className="modal__actions">
        <button
          type="button"
          aria-disabled={cancelling ? true : undefined}
          onClick={() => {
            if (!cancelling) onCancel();
          }}
        >
          {cancelling ? t('exchange.job.cancelling') : t('exchange.job.cancel')}
        </button>
      </div>
    </div>
  );
};
