import { useTranslation } from 'react-i18next';
import { PREVIEW_MODEL_FORMAT } from '../../shared/preview/preview-model';

type Problem =
  | { kind: 'waiting' }
  | { kind: 'unreadable' }
  | { kind: 'format'; found: string | null }
  | { kind: 'crash' };

/**
 * What the site says when it has nothing to show. Errors are written in French and in English
 * at once: the reader may not find the language switch on a page that failed.
 */
export const PreviewProblem = (problem: Problem) => {
  const { t } = useTranslation();
  if (problem.kind === 'waiting')
    return (
      <main className="pv-problem">
        <p role="status">{t('preview.problem.waiting')}</p>
      </main>
    );
  const values = {
    found: problem.kind === 'format' ? (problem.found ?? '—') : '',
    expected: PREVIEW_MODEL_FORMAT,
  };
  const key = `preview.problem.${problem.kind}`;
  return (
    <main className="pv-problem">
      <div role="alert">
        <h1 lang="fr">{t(`${key}.title`, { lng: 'fr' })}</h1>
        <p lang="fr">{t(`${key}.detail`, { ...values, lng: 'fr' })}</p>
        <h2 lang="en">{t(`${key}.title`, { lng: 'en' })}</h2>
        <p lang="en">{t(`${key}.detail`, { ...values, lng: 'en' })}</p>
      </div>
    </main>
  );
};
