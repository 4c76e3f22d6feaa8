import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../hooks/use-app-info';
import { useOpenProject } from '../hooks/use-open-project';
import { localizedMessage } from '../i18n/localized-message';
import { toAppErrorData } from '../state/to-app-error-data';
import { NewProjectDialog } from './new-project-dialog';
import { OpenErrorDialog } from './open-error-dialog';
import { OpenProjectDialog } from './open-project-dialog';
import { RecentProjects } from './recent-projects';
import { SettingsMenu } from './settings-menu';
import '../styles/welcome.css';

type OpenDialog = 'none' | 'new' | 'open';

export const WelcomeScreen = ({ loadError }: { loadError: Error | null }) => {
  const { t, i18n } = useTranslation();
  const info = useAppInfo();
  const opener = useOpenProject();
  const [dialog, setDialog] = useState<OpenDialog>('none');
  const nativeDialogs = info.data?.nativeDialogs ?? false;
  const openPath = (path: string) => {
    setDialog('none');
    opener.open({ kind: 'open', path });
  };
  return (
    <div className="welcome">
      <header className="welcome__bar">
        <SettingsMenu />
      </header>
      <main className="welcome__main">
        <h1 className="welcome__name">Atelier</h1>
        <p className="welcome__tagline">{t('welcome.tagline')}</p>
        {loadError && (
          <p className="error-text" role="alert">
            {localizedMessage(toAppErrorData(loadError), i18n.language)}
          </p>
        )}
        <div className="welcome__actions">
          <button
            type="button"
            className="button--primary button--large"
            disabled={!info.data}
            onClick={() => {
              setDialog('new');
            }}
          >
            {t('welcome.newProject')}
          </button>
          <button
            type="button"
            className="button--large"
            onClick={() => {
              setDialog('open');
            }}
          >
            {t('welcome.openProject')}
          </button>
        </div>
        {opener.pending && (
          <p role="status" className="muted">
            {t('welcome.opening')}
          </p>
        )}
        <RecentProjects onOpen={openPath} />
      </main>
      {dialog === 'new' && info.data && (
        <NewProjectDialog
          defaultDir={info.data.defaultProjectDir}
          nativeDialogs={nativeDialogs}
          pending={opener.pending}
          onClose={() => {
            setDialog('none');
          }}
          onCreate={({ path, title }) => {
            setDialog('none');
            opener.open({ kind: 'create', path, title });
          }}
        />
      )}
      {dialog === 'open' && (
        <OpenProjectDialog
          nativeDialogs={nativeDialogs}
          pending={opener.pending}
          onOpen={openPath}
          onClose={() => {
            setDialog('none');
          }}
        />
      )}
      {opener.failure && (
        <OpenErrorDialog
          error={opener.failure.error}
          onClose={opener.dismissFailure}
          onOpenSnapshot={(snapshotPath) => {
            opener.open({ kind: 'snapshot-copy', snapshotPath });
          }}
        />
      )}
    </div>
  );
};
