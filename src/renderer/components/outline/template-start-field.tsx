import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useTemplates } from '../../hooks/use-templates';
import { localizedMessage } from '../../i18n/localized-message';
import { toAppErrorData } from '../../state/to-app-error-data';

/**
 * "Point de départ": an empty parcours or a gabarit, shipped or of the project, with what
 * the chosen one holds. A select (not radios) keeps the dialog short with many gabarits.
 */
export const TemplateStartField = ({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) => {
  const { t, i18n } = useTranslation();
  const id = useId();
  const descriptionId = useId();
  const templates = useTemplates();
  const list = templates.data ?? [];
  const shipped = list.filter((item) => item.source === 'shipped');
  const own = list.filter((item) => item.source === 'project');
  const chosen = list.find((item) => `${item.source}:${item.id}` === value);
  return (
    <div className="field">
      <label htmlFor={id}>{t('outline.newParcours.start')}</label>
      <select
        id={id}
        data-autofocus
        value={value}
        aria-describedby={descriptionId}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        <option value="blank">{t('outline.newParcours.blank')}</option>
        {shipped.length > 0 && (
          <optgroup label={t('outline.newParcours.shipped')}>
            {shipped.map((item) => (
              <option key={item.id} value={`shipped:${item.id}`}>
                {item.name}
              </option>
            ))}
          </optgroup>
        )}
        {own.length > 0 && (
          <optgroup label={t('outline.newParcours.project')}>
            {own.map((item) => (
              <option key={item.id} value={`project:${item.id}`}>
                {item.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      <div id={descriptionId} className="template-description">
        {templates.isPending && (
          <p className="field__help">{t('outline.newParcours.loadingTemplates')}</p>
        )}
        {templates.isError && (
          <p className="warning">
            {t('outline.newParcours.templatesError', {
              message: localizedMessage(toAppErrorData(templates.error), i18n.language),
            })}
          </p>
        )}
        {chosen ? (
          <>
            <p className="template-description__meta">
              {t('outline.newParcours.templateMeta', {
                hours: chosen.declaredHours,
                sections: chosen.sectionCount,
                activities: chosen.activityCount,
              })}
            </p>
            <p className="field__help">{chosen.description}</p>
          </>
        ) : (
          <p className="field__help">{t('outline.newParcours.blankDescription')}</p>
        )}
      </div>
    </div>
  );
};
