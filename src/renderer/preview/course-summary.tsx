import { useTranslation } from 'react-i18next';
import type { PreviewModel } from '../../shared/preview/preview-model';
import { formatMinutes } from './format-minutes';

/** The parcours's fiche, as the platform's course summary shows it. */
export const CourseSummary = ({ model }: { model: PreviewModel }) => {
  const { t } = useTranslation();
  const { parcours } = model;
  const vignette = parcours.vignetteMediaId === null ? null : model.media[parcours.vignetteMediaId];
  const split = [
    parcours.tempsDistanceMinutes !== null && parcours.tempsDistanceMinutes > 0
      ? t('preview.summary.distance', { time: formatMinutes(parcours.tempsDistanceMinutes, t) })
      : null,
    parcours.tempsPresenceMinutes !== null && parcours.tempsPresenceMinutes > 0
      ? t('preview.summary.presence', { time: formatMinutes(parcours.tempsPresenceMinutes, t) })
      : null,
  ].filter((part) => part !== null);
  return (
    <div className="pv-summary">
      {vignette && (
        <img
          className="pv-summary__vignette"
          src={vignette.url}
          alt={vignette.decorative ? '' : vignette.alt}
        />
      )}
      <dl className="pv-summary__facts">
        {parcours.objectif !== '' && (
          <div>
            <dt>{t('preview.summary.objectif')}</dt>
            <dd>{parcours.objectif}</dd>
          </div>
        )}
        {parcours.publics.length > 0 && (
          <div>
            <dt>{t('preview.summary.publics')}</dt>
            <dd>{parcours.publics.join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t('preview.summary.duration')}</dt>
          <dd>
            {t('preview.summary.hours', { count: parcours.declaredHours })}
            {split.length > 0 && ` (${split.join(', ')})`}
          </dd>
        </div>
        {parcours.auteurs.length > 0 && (
          <div>
            <dt>{t('preview.summary.auteurs')}</dt>
            <dd>{parcours.auteurs.join(', ')}</dd>
          </div>
        )}
      </dl>
    </div>
  );
};
