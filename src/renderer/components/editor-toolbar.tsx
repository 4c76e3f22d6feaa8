import type { Editor } from '@tiptap/react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useRovingTabindex } from '../hooks/use-roving-tabindex';
import { type ToolbarActions, useToolbarItems } from '../hooks/use-toolbar-items';

interface EditorToolbarProps extends ToolbarActions {
  editor: Editor;
  /** The toolbar's accessible name; "Mise en forme" by default. */
  label?: string;
}

/** Formatting buttons as an ARIA toolbar: one Tab stop, arrows inside, pressed states. */
export const EditorToolbar = ({ editor, label, ...actions }: EditorToolbarProps) => {
  const { t } = useTranslation();
  const items = useToolbarItems(editor, actions);
  const roving = useRovingTabindex(items.length);
  return (
    <div
      role="toolbar"
      aria-label={label ?? t('editor.toolbar')}
      className="editor-toolbar"
      onKeyDown={roving.onKeyDown}
    >
      {items.map((item, index) => (
        <Fragment key={item.key}>
          {item.groupStart === true && (
            <span role="separator" aria-orientation="vertical" className="editor-toolbar__sep" />
          )}
          <button
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
            {t(item.label)}
          </button>
        </Fragment>
      ))}
    </div>
  );
};
