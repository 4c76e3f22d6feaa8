import { useTranslation } from 'react-i18next';
import { ActivityEditor } from './activity-editor';

interface PageEditorPaneProps {
  activityId: string | null;
  justCreated: boolean;
}

/** The right-hand pane: the selected activity's editor, or a hint to pick one. */
export const PageEditorPane = ({ activityId, justCreated }: PageEditorPaneProps) => {
  const { t } = useTranslation();
  return (
    <section className="pane pane--editor" aria-labelledby="editor-pane-title">
      <h2 id="editor-pane-title" className="pane__title">
        {t('editor.paneTitle')}
      </h2>
      {activityId === null ? (
        <p className="muted">{t('editor.nothingSelected')}</p>
      ) : (
        <ActivityEditor key={activityId} activityId={activityId} justCreated={justCreated} />
      )}
    </section>
  );
};
