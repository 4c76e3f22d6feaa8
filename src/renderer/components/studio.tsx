import { useTranslation } from 'react-i18next';
import { useCurrentProject } from '../hooks/use-current-project';
import { useProjectEvents } from '../hooks/use-project-events';
import { ProjectScreen } from './project-screen';
import { WelcomeScreen } from './welcome-screen';

/** The welcome screen when no project is open, the project screen otherwise. */
export const Studio = () => {
  const { t } = useTranslation();
  useProjectEvents();
  const project = useCurrentProject();
  if (project.isPending) {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (project.data) return <ProjectScreen key={project.data.path} project={project.data} />;
  return <WelcomeScreen loadError={project.error} />;
};
