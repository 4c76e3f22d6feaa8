import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface SectionTitleProps {
  title: string;
  number: number;
  onRename: (title: string) => void;
}

/**
 * A section's heading with inline rename: Enter or leaving the field saves, Escape
 * cancels; after Enter or Escape the focus returns to "Renommer".
 */
export const SectionTitle = ({ title, number, onRename }: SectionTitleProps) => {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const finished = useRef(false);
  const refocus = useRef(false);

  useEffect(() => {
    if (draft === null && refocus.current) {
      refocus.current = false;
      buttonRef.current?.focus();
    }
  }, [draft]);

  const finish = (save: boolean, returnFocus: boolean) => {
    if (finished.current || draft === null) return;
    finished.current = true;
    const next = draft.trim();
    if (save && next !== '' && next !== title) onRename(next);
    refocus.current = returnFocus;
    setDraft(null);
  };

  if (draft !== null) {
    return (
      <div className="section-title section-title--editing">
        <input
          className="section-title__input"
          aria-label={t('outline.renameField', { title })}
          autoFocus
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              finish(true, true);
            } else if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              finish(false, true);
            }
          }}
          onBlur={() => {
            finish(true, false);
          }}
        />
      </div>
    );
  }
  return (
    <div className="section-title">
      <h3 className="section-title__text">
        <span className="section-title__number" aria-hidden="true">
          {number}.
        </span>{' '}
        {title}
      </h3>
      <button
        ref={buttonRef}
        type="button"
        data-focus="main"
        className="button--quiet"
        aria-label={t('outline.renameNamed', { title })}
        onClick={() => {
          finished.current = false;
          setDraft(title);
        }}
      >
        {t('outline.rename')}
      </button>
    </div>
  );
};
