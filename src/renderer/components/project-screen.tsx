import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../shared/domain/project';
import { useSelection } from '../hooks/use-selection';
import { OutlineView } from './outline-view';
import { PageEditorPane } from './page-editor-pane';
import { ParcoursList } from './parcours-list';
import { ParcoursTools } from './budget/parcours-tools';
import { ProjectHeader } from './project-header';
import { QuestionBankButton } from './question-bank/question-bank-button';
import '../styles/project.css';

/**
 * The open project: parcours (with the selected one's indexation and time budget) on the
 * left, the outline in the centre, the page on the right.
 */
export const ProjectScreen = ({ project }: { project: ProjectSummary }) => {
  const { t } = useTranslation();
  const selection = useSelection(project.parcours);
  const [justCreated, setJustCreated] = useState<string | null>(null);
  return (
    <div className="project">
      <ProjectHeader project={project} />
      {project.locationWarning !== null && (
        <p className="warning project__warning" role="note">
          {project.locationWarning}
        </p>
      )}
      <div className="project__columns">
        <div className="pane pane--parcours">
          <ParcoursList
            parcours={project.parcours}
            selectedId={selection.parcoursId}
            onSelect={selection.selectParcours}
          />
          {selection.parcoursId !== null && (
            <QuestionBankButton
              key={`bank-${selection.parcoursId}`}
              parcoursId={selection.parcoursId}
            />
          )}
          {selection.parcoursId !== null && (
            <ParcoursTools key={selection.parcoursId} parcoursId={selection.parcoursId} />
          )}
        </div>
        <main className="pane pane--outline">
          {selection.parcoursId === null ? (
            <p className="muted">{t('outline.noParcours')}</p>
          ) : (
            <OutlineView
              key={selection.parcoursId}
              parcoursId={selection.parcoursId}
              selectedActivityId={selection.activityId}
              onSelectActivity={(id, options) => {
                setJustCreated(options?.created === true ? id : null);
                selection.selectActivity(id);
              }}
            />
          )}
        </main>
        <PageEditorPane
          activityId={selection.activityId}
          justCreated={selection.activityId !== null && justCreated === selection.activityId}
        />
      </div>
    </div>
  );
};
