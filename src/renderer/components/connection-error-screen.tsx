import { useTranslation } from 'react-i18next';

interface ConnectionErrorScreenProps {
  reason: 'no-transport' | 'failed';
  detail?: string;
}

/** Shown when the studio has no way to reach its core: says why and what to do. */
export const ConnectionErrorScreen = ({ reason, detail }: ConnectionErrorScreenProps) => {
  const { t } = useTranslation();
  return (
    <main className="connection-error" role="alert">
      <h1>{t('connection.title')}</h1>
      <p>{t(reason === 'no-transport' ? 'connection.noTransport' : 'connection.failed')}</p>
      <p>{t('connection.whatToDo')}</p>
      {detail !== undefined && <pre className="connection-error__detail">{detail}</pre>}
    </main>
  );
};
