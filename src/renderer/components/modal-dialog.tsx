import { type ReactNode, useId, useLayoutEffect, useRef } from 'react';
import '../styles/dialog.css';

interface ModalDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** `alertdialog` for errors and confirmations that interrupt the author. */
  role?: 'dialog' | 'alertdialog';
  /** Id of the text that explains the dialog (read by screen readers on opening). */
  describedBy?: string;
  className?: string;
}

/**
 * A modal built on `<dialog>`: the browser traps focus, makes the rest inert and handles
 * Escape. Mounted means open; focus goes to `[data-autofocus]` and back where it was.
 */
export const ModalDialog = ({
  title,
  onClose,
  children,
  role = 'dialog',
  describedBy,
  className,
}: ModalDialogProps) => {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      className={['modal', className].filter(Boolean).join(' ')}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="modal__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
};
