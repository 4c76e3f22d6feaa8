import { type Editor, useEditorState } from '@tiptap/react';
import type { CalloutVariant } from '../../shared/editor/callout-node';

export interface ToolbarItem {
  key: string;
  /** The i18n key of its label. */
  label: string;
  /** Whether the format is on at the cursor (aria-pressed); absent for plain actions. */
  pressed?: boolean;
  disabled?: boolean;
  /** The first item of a group gets a separator before it. */
  groupStart?: boolean;
  run: () => void;
}

export interface ToolbarActions {
  onLink: () => void;
  onImage: () => void;
  onMedia: () => void;
}

const callout = (editor: Editor, variant: CalloutVariant, pressed: boolean) => {
  const chain = editor.chain().focus();
  return pressed ? chain.unsetCallout().run() : chain.setCallout(variant).run();
};

/** What the formatting toolbar offers at the cursor: formats, insertions, table edits. */
export const useToolbarItems = (editor: Editor, actions: ToolbarActions): ToolbarItem[] => {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      h2: current.isActive('heading', { level: 2 }),
      h3: current.isActive('heading', { level: 3 }),
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      link: current.isActive('link'),
      table: current.isActive('table'),
      info: current.isActive('callout', { variant: 'info' }),
      important: current.isActive('callout', { variant: 'important' }),
      conseil: current.isActive('callout', { variant: 'conseil' }),
    }),
  });
  const chain = () => editor.chain().focus();
  const inTable = (key: string, run: () => boolean, groupStart = false): ToolbarItem => ({
    key,
    label: `content.toolbar.${key}`,
    disabled: !state.table,
    groupStart,
    run: () => {
      run();
    },
  });
  const format = (key: string, pressed: boolean, run: () => void, groupStart = false) => ({
    key,
    label: `editor.${key}`,
    pressed,
    groupStart,
    run,
  });
  return [
    format('heading2', state.h2, () => chain().toggleHeading({ level: 2 }).run()),
    format('heading3', state.h3, () => chain().toggleHeading({ level: 3 }).run()),
    format('bold', state.bold, () => chain().toggleBold().run(), true),
    format('italic', state.italic, () => chain().toggleItalic().run()),
    format('bulletList', state.bulletList, () => chain().toggleBulletList().run(), true),
    format('orderedList', state.orderedList, () => chain().toggleOrderedList().run()),
    format('link', state.link, actions.onLink, true),
    {
      key: 'unlink',
      label: 'editor.unlink',
      disabled: !state.link,
      run: () => chain().extendMarkRange('link').unsetLink().run(),
    },
    { key: 'image', label: 'content.toolbar.image', groupStart: true, run: actions.onImage },
    { key: 'media', label: 'content.toolbar.media', run: actions.onMedia },
    ...(['info', 'important', 'conseil'] as const).map((variant, index) => ({
      key: `callout-${variant}`,
      label: `content.toolbar.callout.${variant}`,
      pressed: state[variant],
      groupStart: index === 0,
      run: () => callout(editor, variant, state[variant]),
    })),
    {
      key: 'insertTable',
      label: 'content.toolbar.insertTable',
      groupStart: true,
      disabled: state.table,
      run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    },
    inTable('addRow', () => chain().addRowAfter().run()),
    inTable('deleteRow', () => chain().deleteRow().run()),
    inTable('addColumn', () => chain().addColumnAfter().run()),
    inTable('deleteColumn', () => chain().deleteColumn().run()),
    inTable('deleteTable', () => chain().deleteTable().run()),
  ];
};
