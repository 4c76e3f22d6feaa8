import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CREATABLE_TYPES, type CreatableType } from '../question-editor/new-question';

/** "Nouvelle question": a type, then the editor. */
export const NewQuestionForm = ({
  disabled,
  onCreate,
}: {
  disabled: boolean;
  onCreate: (type: CreatableType) => void;
}) => {
  const { t } = useTranslation();
  const id = useId();
  const [type, setType] = useState<CreatableType>('multichoice');
  return (
    <form
      className="bank-new"
      onSubmit={(event) => {
        event.preventDefault();
        onCreate(type);
      }}
    >
      <label htmlFor={id}>{t('questions.bank.newType')}</label>
      <select
        id={id}
        value={type}
        onChange={(event) => {
          const found = CREATABLE_TYPES.find((v) => v === event.target.value);
          if (found) setType(found);
        }}
      >
        {CREATABLE_TYPES.map((v) => (
          <option key={v} value={v}>
            {t(`questions.types.${v}`)}
          </option>
        ))}
      </select>
      <button type="submit" disabled={disabled}>
        {t('questions.bank.newQuestion')}
      </button>
    </form>
  );
};
