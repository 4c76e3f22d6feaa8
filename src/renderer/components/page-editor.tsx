import type { Activity } from '../../shared/domain/activity';
import { usePageEditor } from '../hooks/use-page-editor';
import { ActivityTitleField } from './activity-title-field';
import { RichTextFrame } from './rich-text/rich-text-frame';
import '../styles/editor.css';

type PageLike = Extract<Activity, { type: 'page' | 'label' }>;

interface PageEditorProps {
  activity: PageLike;
  justCreated: boolean;
}

/** A page: its title, then its rich text with the formatting toolbar. */
export const PageEditor = ({ activity, justCreated }: PageEditorProps) => {
  const editor = usePageEditor(activity.id, activity.content);
  return (
    <div className="page-editor">
      <ActivityTitleField activityId={activity.id} title={activity.title} autoFocus={justCreated} />
      <RichTextFrame editor={editor} />
    </div>
  );
};
