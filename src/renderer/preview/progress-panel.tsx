import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Progress } from './count-progress';

/** The reader's progress over the activities with completion tracking that the role sees. */
export const ProgressPanel = ({ progress }: { progress: Progress }) => {
  const { t } = useTranslation();
  const titleId = useId();
  const percent =
    progress.trackable === 0 ? 0 : Math.round((progress.completed / progress.trackable) * 100);
  return (
    <section className="pv-panel pv-progress" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('preview.progress.title')}</h2>
      {progress.trackable === 0 ? (
        <p className="muted">{t('preview.progress.none')}</p>
      ) : (
        <>
          <progress
            className="pv-progress__bar"
            max={progress.trackable}
            value={progress.completed}
            aria-labelledby={titleId}
            aria-valuetext={t('preview.progress.percent', { percent })}
          />
          <p className="pv-progress__text">
            {t('preview.progress.count', {
              count: progress.trackable,
              completed: progress.completed,
            })}{' '}
            <span className="muted">({t('preview.progress.percent', { percent })})</span>
          </p>
        </>
      )}
    </section>
  );
};
