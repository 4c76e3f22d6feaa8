import { type Editor, useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { useRovingTabindex } from '../hooks/use-roving-tabindex';

interface ToolbarItem {
  key: string;
  /** Whether the format is on at the cursor (aria-pressed); absent for plain actions. */
  pressed?: boolean;
  disabled?: boolean;
  run: () => void;
}

interface EditorToolbarProps {
  editor: Editor;
  onLink: () => void;
}

/** Formatting buttons as an ARIA toolbar: one Tab stop, arrows inside, pressed states. */
export const EditorToolbar = ({ editor, onLink }: EditorToolbarProps) => {
  const { t } = useTranslation();
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
    }),
  });
  const chain = () => editor.chain().focus();
  const items: ToolbarItem[] = [
    { key: 'heading2', pressed: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: 'heading3', pressed: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: 'bold', pressed: state.bold, run: () => chain().toggleBold().run() },
    { key: 'italic', pressed: state.italic, run: () => chain().toggleItalic().run() },
    { key: 'bulletList', pressed: state.bulletList, run: () => chain().toggleBulletList().run() },
    {
      key: 'orderedList',
      pressed: state.orderedList,
      run: () => chain().toggleOrderedList().run(),
    },
    { key: 'link', pressed: state.link, run: onLink },
    {
      key: 'unlink',
      disabled: !state.link,
      run: () => chain().extendMarkRange('link').unsetLink().run(),
    },
  ];
  const roving = useRovingTabindex(items.length);
  return (
    <div
      role="toolbar"
      aria-label={t('editor.toolbar')}
      className="editor-toolbar"
      onKeyDown={roving.onKeyDown}
    >
      {items.map((item, index) => (
        <button
          key={item.key}
          type="button"
          className={`editor-toolbar__button editor-toolbar__button--${item.key}`}
          aria-pressed={item.pressed}
          // Disabled items stay focusable, as the toolbar pattern recommends.
          aria-disabled={item.disabled === true ? true : undefined}
          {...roving.itemProps(index)}
          // Keeps the editor's selection: a mouse click must not move the focus away.
          onMouseDown={(event) => {
            event.preventDefault();
          }}
          onClick={() => {
            if (item.disabled !== true) item.run();
          }}
        >
          {t(`editor.${item.key}`)}
        </button>
      ))}
    </div>
  );
};
