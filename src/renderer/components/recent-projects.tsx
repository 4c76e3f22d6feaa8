import { useTranslation } from 'react-i18next';
import { useRecentProjects } from '../hooks/use-recent-projects';

interface RecentProjectsProps {
  onOpen: (path: string) => void;
}

/** Recent projects, newest first; a missing file is greyed, marked and removable. */
export const RecentProjects = ({ onOpen }: RecentProjectsProps) => {
  const { t, i18n } = useTranslation();
  const { query, forget } = useRecentProjects();
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('welcome.recent')}</h2>
      {query.data?.length === 0 && <p className="muted">{t('welcome.noRecent')}</p>}
      <ul className="recent__list">
        {query.data?.map((project) => (
          <li
            key={project.path}
            className={project.exists ? 'recent__item' : 'recent__item recent__item--missing'}
          >
            {project.exists ? (
              <button
                type="button"
                className="recent__open"
                onClick={() => {
                  onOpen(project.path);
                }}
              >
                <span className="recent__title">{project.title}</span>
                <span className="recent__path">{project.path}</span>
              </button>
            ) : (
              <div className="recent__open" aria-disabled="true">
                <span className="recent__title">
                  {project.title} <span className="badge">{t('welcome.missing')}</span>
                </span>
                <span className="recent__path">{project.path}</span>
              </div>
            )}
            <span className="recent__date">
              {t('welcome.openedAt', { date: format.format(new Date(project.openedAt)) })}
            </span>
            <button
              type="button"
              className="button--quiet"
              aria-label={t('welcome.forgetNamed', { title: project.title })}
              onClick={() => {
                forget(project.path);
              }}
            >
              {t('welcome.forget')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
};
