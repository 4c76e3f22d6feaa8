import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A title field and "Ajouter une section": the field keeps the focus for the next one. */
export const AddSectionForm = ({
  pending,
  onAdd,
}: {
  pending: boolean;
  onAdd: (title: string) => void;
}) => {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const fieldId = useId();
  return (
    <form
      className="add-section"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = title.trim();
        if (trimmed === '') return;
        onAdd(trimmed);
        setTitle('');
      }}
    >
      <label htmlFor={fieldId}>{t('outline.newSectionTitle')}</label>
      <div className="field__row">
        <input
          id={fieldId}
          autoComplete="off"
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
          }}
        />
        <button type="submit" disabled={title.trim() === '' || pending}>
          {t('outline.addSection')}
        </button>
      </div>
    </form>
  );
};
