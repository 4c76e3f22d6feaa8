import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/domain/role';
import type { PreviewModel } from '../../shared/preview/preview-model';
import { formatDateTime } from './format-date-time';
import { LanguageSelect } from './language-select';

// Written out: the domain's zod schemas stay out of the preview bundle.
const ROLES: readonly Role[] = ['participant', 'formateur', 'tuteur', 'concepteur'];

/**
 * The platform's top of page: the parcours's name, version and when the preview was made, and
 * the role the reader sees it as.
 */
export const SiteHeader = ({
  model,
  role,
  onRole,
}: {
  model: PreviewModel;
  role: Role;
  onRole: (role: Role) => void;
}) => {
  const { t, i18n } = useTranslation();
  const name = useId();
  const { parcours } = model;
  const generated = formatDateTime(model.generatedAt, i18n.language);
  return (
    <header className="pv-header">
      <div className="pv-header__bar">
        <p className="pv-header__brand">{t('preview.brand')}</p>
        <LanguageSelect />
      </div>
      <div className="pv-header__course">
        <div className="pv-header__identity">
          <p className="pv-header__title">{parcours.title}</p>
          <p className="pv-header__meta">
            <span className="pv-header__short">{parcours.shortName}</span>
            <span>
              {t('preview.header.version', { version: parcours.version, date: generated })}
            </span>
            <span className={`pv-status pv-status--${parcours.status}`}>
              {t(`preview.status.${parcours.status}`)}
            </span>
          </p>
        </div>
        <fieldset className="pv-roles">
          <legend>{t('preview.roles.legend')}</legend>
          <div className="pv-roles__options">
            {ROLES.map((option) => (
              <label key={option} className="pv-roles__option">
                <input
                  type="radio"
                  name={name}
                  value={option}
                  checked={role === option}
                  onChange={() => {
                    onRole(option);
                  }}
                />
                <span>{t(`preview.roles.${option}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    </header>
  );
};
