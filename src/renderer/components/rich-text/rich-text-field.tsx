import { useTranslation } from 'react-i18next';
import type { RichText } from '../../../shared/domain/rich-text';
import { useRichTextField } from '../../hooks/use-rich-text-field';
import { RichTextFrame } from './rich-text-frame';

export interface RichTextFieldProps {
  /** The id of the editable element. */
  id: string;
  /** The visible label; it names the text box and its toolbar for screen readers. */
  label: string;
  value: RichText | null;
  /** Called with the whole document once typing pauses, on blur and on unmount. */
  onChange: (doc: RichText) => void;
  /** Ids of help or error texts read with the field. */
  describedBy?: string;
}

/**
 * A labelled rich-text field (intro texts, summaries, indexation…) with the page editor's
 * toolbar, extension list, paste cleaning and French spelling.
 */
export const RichTextField = ({ id, label, value, onChange, describedBy }: RichTextFieldProps) => {
  const { t } = useTranslation();
  const labelId = `${id}-label`;
  const editor = useRichTextField({ id, labelId, value, onChange, describedBy });
  return (
    <div className="field rich-text-field">
      {/* A <label for> cannot name a contenteditable: aria-labelledby does, a click focuses. */}
      <span
        id={labelId}
        className="rich-text-field__label"
        onClick={() => {
          editor.commands.focus();
        }}
      >
        {label}
      </span>
      <RichTextFrame
        editor={editor}
        toolbarLabel={t('content.toolbar.labelFor', { label })}
        className="rich-text-frame--field"
      />
    </div>
  );
};
