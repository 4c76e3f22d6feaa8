import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A category name typed in place: Enter saves, Escape cancels. */
export const CategoryNameForm = ({
  label,
  initial,
  onSubmit,
  onCancel,
}: {
  label: string;
  initial: string;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(initial);
  return (
    <form
      className="bank-categories__form"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() !== '') onSubmit(name.trim());
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        autoFocus
        value={name}
        onChange={(event) => {
          setName(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <button type="submit">{t('questions.bank.ok')}</button>
      <button type="button" className="button--quiet" onClick={onCancel}>
        {t('questions.bank.cancel')}
      </button>
    </form>
  );
};
