import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../shared/contract/app-error';
import type { JobResult } from '../../../shared/domain/exchange';
import { localizedMessage } from '../../i18n/localized-message';

interface JobFailureViewProps {
  kind: JobResult['kind'];
  error: AppErrorData;
  onBack: () => void;
  onClose: () => void;
}

/**
 * A job that failed or was cancelled, and the way back to the form. The core's message says
 * both what happened and what to do (every `AppError` does), in the studio's language.
 */
export const JobFailureView = ({ kind, error, onBack, onClose }: JobFailureViewProps) => {
  const { t, i18n } = useTranslation();
  const cancelled = error.code === 'cancelled';
  return (
    <div className="exchange-outcome">
      <p
        className={cancelled ? 'exchange-outcome__title' : 'exchange-outcome__title error-text'}
        tabIndex={-1}
        data-autofocus
      >
        {t(cancelled ? `exchange.${kind}.cancelled` : `exchange.${kind}.failed`)}
      </p>
      {!cancelled && (
        <p className="exchange-outcome__message">{localizedMessage(error, i18n.language)}</p>
      )}
      <div className="modal__actions">
        <button type="button" onClick={onBack}>
          {t('exchange.job.back')}
        </button>
        <button type="button" className="button--primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </div>
  );
};
