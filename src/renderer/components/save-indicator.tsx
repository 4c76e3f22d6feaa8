import { useTranslation } from 'react-i18next';
import { useSaveStatus } from '../hooks/use-save-status';
import { localizedMessage } from '../i18n/localized-message';

/** "Enregistrement…", "Enregistré" or the failure, announced politely to screen readers. */
export const SaveIndicator = () => {
  const { t, i18n } = useTranslation();
  const status = useSaveStatus();
  const text = (() => {
    switch (status.kind) {
      case 'idle':
        return t('save.idle');
      case 'saving':
        return t('save.saving');
      case 'saved':
        return t('save.saved');
      case 'error':
        return t('save.failed', { message: localizedMessage(status.error, i18n.language) });
    }
  })();
  return (
    <p className={`save-indicator save-indicator--${status.kind}`} role="status" aria-live="polite">
      {text}
    </p>
  );
};
