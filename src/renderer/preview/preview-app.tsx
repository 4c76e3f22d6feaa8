import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/domain/role';
import type { PreviewModel } from '../../shared/preview/preview-model';
import { ActivityPage } from './activity-page';
import { CoursePage } from './course-page';
import { findActivity } from './find-activity';
import { modelForRole } from './model-for-role';
import { NavigateContext } from './navigate-context';
import { SiteHeader } from './site-header';
import { useCompletion } from './use-completion';
import { useHashRoute } from './use-hash-route';
import { useRouteFocus } from './use-route-focus';

/**
 * One parcours as the platform shows it to the role chosen: the course page, or one activity's
 * page (`#activity/<id>`). What the role may not see is not in the page at all.
 */
export const PreviewApp = ({ model }: { model: PreviewModel }) => {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>('participant');
  const [route, navigate] = useHashRoute();
  const view = useMemo(() => modelForRole(model, role), [model, role]);
  const completion = useCompletion(model.parcours);
  const main = useRef<HTMLElement>(null);
  useRouteFocus(route, main);
  const found = route.page === 'activity' ? findActivity(view.sections, route.activityId) : null;
  return (
    <NavigateContext value={navigate}>
      <div className="pv-site">
        <a
          className="pv-skip"
          href="#pv-main"
          onClick={(event) => {
            // The hash holds the route: focus the content without touching it.
            event.preventDefault();
            main.current?.focus();
          }}
        >
          {t('preview.skip')}
        </a>
        <SiteHeader model={model} role={role} onRole={setRole} />
        <main id="pv-main" ref={main} tabIndex={-1} className="pv-main">
          {route.page === 'course' ? (
            <CoursePage model={view} completion={completion} />
          ) : (
            <ActivityPage
              key={route.activityId}
              model={view}
              found={found}
              part={route.part}
              completion={completion}
            />
          )}
        </main>
        <footer className="pv-footer">
          <p>{t('preview.footer')}</p>
        </footer>
      </div>
    </NavigateContext>
  );
};
