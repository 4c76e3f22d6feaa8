import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface TagInputProps {
  label: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  maxLength?: number;
  help?: string;
}

/** A list of short values (publics, mots-clés, auteurs): Enter or ";" adds, each has a remove button. */
export const TagInput = ({ label, values, onChange, maxLength = 255, help }: TagInputProps) => {
  const { t } = useTranslation();
  const id = useId();
  const helpId = useId();
  const [text, setText] = useState('');
  const add = () => {
    const value = text.trim();
    if (value !== '' && !values.includes(value)) onChange([...values, value]);
    setText('');
  };
  return (
    <div className="field tag-input">
      <label htmlFor={id}>{label}</label>
      {values.length > 0 && (
        <ul className="tag-input__tags" aria-label={t('content.tags.listLabel', { label })}>
          {values.map((value) => (
            <li key={value} className="tag-input__tag">
              <span>{value}</span>
              <button
                type="button"
                className="tag-input__remove"
                aria-label={t('content.tags.remove', { value })}
                onClick={() => {
                  onChange(values.filter((item) => item !== value));
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field__row">
        <input
          id={id}
          value={text}
          maxLength={maxLength}
          lang="fr"
          aria-describedby={helpId}
          onChange={(event) => {
            setText(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ';') {
              event.preventDefault();
              add();
            }
          }}
          onBlur={add}
        />
        <button type="button" onClick={add}>
          {t('content.tags.add')}
        </button>
      </div>
      <p id={helpId} className="field__help">
        {help ?? t('content.tags.help')}
      </p>
    </div>
  );
};
