import type { Editor } from '@tiptap/react';

/** Links the selection to `href`; with nothing selected, inserts the address as linked text. */
export const insertLink = (editor: Editor, href: string): void => {
  const { empty } = editor.state.selection;
  if (empty && !editor.isActive('link')) {
    editor
      .chain()
      .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
      .run();
  } else {
    editor.chain().extendMarkRange('link').setLink({ href }).run();
  }
};
