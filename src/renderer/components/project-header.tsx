import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../shared/domain/project';
import { useCloseProject } from '../hooks/use-close-project';
import { useHistory } from '../hooks/use-history';
import { useHistoryShortcuts } from '../hooks/use-history-shortcuts';
import { HistoryButtons } from './history-buttons';
import { MediaLibraryDialog } from './media/media-library-dialog';
import { SaveIndicator } from './save-indicator';
import { SettingsMenu } from './settings-menu';
import { SnapshotsDialog } from './snapshots-dialog';

/** Title, save state, undo/redo, media library, snapshots, settings and "Fermer le projet". */
export const ProjectHeader = ({ project }: { project: ProjectSummary }) => {
  const { t } = useTranslation();
  const history = useHistory();
  const close = useCloseProject();
  const [snapshotsOpen, setSnapshotsOpen] = useState(false);
  const [libraryOpen, setLibraryOpen] = useState(false);
  useHistoryShortcuts(history);
  return (
    <header className="project-header">
      <div className="project-header__identity">
        <span className="project-header__app">Atelier</span>
        <h1 className="project-header__title">{project.title}</h1>
        <SaveIndicator />
      </div>
      <div className="project-header__actions">
        <HistoryButtons
          canUndo={history.canUndo}
          canRedo={history.canRedo}
          undoLabel={history.undoLabel}
          redoLabel={history.redoLabel}
          onUndo={history.undo}
          onRedo={history.redo}
        />
        <button
          type="button"
          onClick={() => {
            setLibraryOpen(true);
          }}
        >
          {t('content.library.open')}
        </button>
        <button
          type="button"
          onClick={() => {
            setSnapshotsOpen(true);
          }}
        >
          {t('snapshots.button')}
        </button>
        <SettingsMenu />
        <button
          type="button"
          disabled={close.isPending}
          onClick={() => {
            close.mutate();
          }}
        >
          {t('project.close')}
        </button>
      </div>
      {libraryOpen && (
        <MediaLibraryDialog
          onClose={() => {
            setLibraryOpen(false);
          }}
        />
      )}
      {snapshotsOpen && (
        <SnapshotsDialog
          onClose={() => {
            setSnapshotsOpen(false);
          }}
        />
      )}
    </header>
  );
};
