import { useRef, useState } from 'react';

interface InlineRenameFieldProps {
  label: string;
  initial: string;
  /** The new title (trimmed, not empty), or null when cancelled. */
  onDone: (title: string | null) => void;
}

/** Renames in place: Enter or leaving the field saves, Escape cancels. */
export const InlineRenameField = ({ label, initial, onDone }: InlineRenameFieldProps) => {
  const [draft, setDraft] = useState(initial);
  const finished = useRef(false);
  const finish = (save: boolean) => {
    if (finished.current) return;
    finished.current = true;
    const next = draft.trim();
    onDone(save && next !== '' ? next : null);
  };
  return (
    <input
      className="inline-rename"
      aria-label={label}
      autoFocus
      value={draft}
      onFocus={(event) => {
        event.target.select();
      }}
      onChange={(event) => {
        setDraft(event.target.value);
      }}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(false);
        }
      }}
      onBlur={() => {
        finish(true);
      }}
    />
  );
};
