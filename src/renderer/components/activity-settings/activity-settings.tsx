import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';
import { useActivitySave } from '../../hooks/use-activity-save';
import { CommonSettings } from './common-settings';
import { TypeSettings } from './type-settings';
import '../../styles/activity-settings.css';

/** An activity's settings panel: what its type has, then what every activity has. */
export const ActivitySettings = ({ activity }: { activity: Activity }) => {
  const { t } = useTranslation();
  const save = useActivitySave(activity.id);
  const typeName = t(`outline.types.${activity.type}.name`);
  return (
    <div className="activity-settings">
      {activity.type !== 'page' && activity.type !== 'foreign' && (
        <section className="settings-section" aria-labelledby={`type-settings-${activity.id}`}>
          <h3 id={`type-settings-${activity.id}`} className="settings-section__title">
            {t('outline.settings.typeHeading', { type: typeName })}
          </h3>
          <TypeSettings activity={activity} save={save} />
        </section>
      )}
      {activity.type === 'foreign' && (
        <p className="muted">{t('outline.settings.foreign', { module: activity.moduleName })}</p>
      )}
      <section className="settings-section" aria-labelledby={`common-settings-${activity.id}`}>
        <h3 id={`common-settings-${activity.id}`} className="settings-section__title">
          {t('outline.settings.commonHeading')}
        </h3>
        <CommonSettings activity={activity} save={save} sectionModality={null} />
      </section>
    </div>
  );
};
