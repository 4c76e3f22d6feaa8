import { EditorContent } from '@tiptap/react';
import { useState } from 'react';
import type { Activity } from '../../shared/domain/activity';
import { usePageEditor } from '../hooks/use-page-editor';
import { ActivityTitleField } from './activity-title-field';
import { EditorToolbar } from './editor-toolbar';
import { LinkDialog } from './link-dialog';
import '../styles/editor.css';

type PageLike = Extract<Activity, { type: 'page' | 'label' }>;

interface PageEditorProps {
  activity: PageLike;
  justCreated: boolean;
}

/** A page: its title, then its rich text with the formatting toolbar. */
export const PageEditor = ({ activity, justCreated }: PageEditorProps) => {
  const editor = usePageEditor(activity.id, activity.content);
  const [linkHref, setLinkHref] = useState<string | null>(null);
  return (
    <div className="page-editor">
      <ActivityTitleField activityId={activity.id} title={activity.title} autoFocus={justCreated} />
      <EditorToolbar
        editor={editor}
        onLink={() => {
          const current: unknown = editor.getAttributes('link')['href'];
          setLinkHref(typeof current === 'string' ? current : 'https://');
        }}
      />
      <EditorContent editor={editor} className="page-editor__frame" />
      {linkHref !== null && (
        <LinkDialog
          initialHref={linkHref}
          onClose={() => {
            setLinkHref(null);
          }}
          onSubmit={(href) => {
            const { empty } = editor.state.selection;
            if (empty && !editor.isActive('link')) {
              editor
                .chain()
                .insertContent({
                  type: 'text',
                  text: href,
                  marks: [{ type: 'link', attrs: { href } }],
                })
                .run();
            } else {
              editor.chain().extendMarkRange('link').setLink({ href }).run();
            }
            setLinkHref(null);
            requestAnimationFrame(() => {
              editor.commands.focus();
            });
          }}
        />
      )}
    </div>
  );
};
