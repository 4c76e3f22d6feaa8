import { EditorContent, type Editor } from '@tiptap/react';
import { useState } from 'react';
import { EditorToolbar } from '../editor-toolbar';
import { LinkDialog } from '../link-dialog';
import { InsertImageDialog } from './insert-image-dialog';
import { InsertMediaDialog } from './insert-media-dialog';
import { insertLink } from './insert-link';
import '../../styles/editor.css';
import '../../styles/content-common.css';
import '../../styles/rich-text.css';

type OpenDialog = { kind: 'link'; href: string } | { kind: 'image' } | { kind: 'media' } | null;

interface RichTextFrameProps {
  editor: Editor;
  toolbarLabel?: string;
  className?: string;
}

const refocus = (editor: Editor) => {
  requestAnimationFrame(() => {
    editor.commands.focus();
  });
};

/** The toolbar, the editable text and the dialogs the toolbar opens (link, image, video). */
export const RichTextFrame = ({ editor, toolbarLabel, className }: RichTextFrameProps) => {
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => {
    setDialog(null);
    refocus(editor);
  };
  return (
    <div className={['rich-text-frame', className].filter(Boolean).join(' ')}>
      <EditorToolbar
        editor={editor}
        {...(toolbarLabel === undefined ? {} : { label: toolbarLabel })}
        onLink={() => {
          const current: unknown = editor.getAttributes('link')['href'];
          setDialog({ kind: 'link', href: typeof current === 'string' ? current : 'https://' });
        }}
        onImage={() => {
          setDialog({ kind: 'image' });
        }}
        onMedia={() => {
          setDialog({ kind: 'media' });
        }}
      />
      <EditorContent editor={editor} className="page-editor__frame" />
      {dialog?.kind === 'link' && (
        <LinkDialog
          initialHref={dialog.href}
          onClose={close}
          onSubmit={(href) => {
            insertLink(editor, href);
            close();
          }}
        />
      )}
      {dialog?.kind === 'image' && (
        <InsertImageDialog
          onClose={close}
          onInsert={(attrs) => {
            editor.chain().focus().insertImage(attrs).run();
            close();
          }}
        />
      )}
      {dialog?.kind === 'media' && (
        <InsertMediaDialog
          onClose={close}
          onInsert={(attrs) => {
            editor.chain().focus().insertMediaEmbed(attrs).run();
            close();
          }}
        />
      )}
    </div>
  );
};
