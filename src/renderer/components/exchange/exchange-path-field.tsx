import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedMessage } from '../../i18n/localized-message';
import { toAppErrorData } from '../../state/to-app-error-data';

interface ExchangePathFieldProps {
  label: string;
  help: string;
  value: string;
  onChange: (value: string) => void;
  /** The native dialog (Electron); absent in the browser host, where the path is typed. */
  browse: (() => Promise<string | null>) | null;
}

/** A path typed by hand, and "Parcourir…" where the host has file dialogs. */
export const ExchangePathField = ({
  label,
  help,
  value,
  onChange,
  browse,
}: ExchangePathFieldProps) => {
  const { t, i18n } = useTranslation();
  const id = useId();
  const helpId = useId();
  const errorId = useId();
  const [error, setError] = useState<string | null>(null);
  const pick = async (open: () => Promise<string | null>) => {
    setError(null);
    try {
      const picked = await open();
      if (picked !== null) onChange(picked);
    } catch (failure) {
      setError(localizedMessage(toAppErrorData(failure), i18n.language));
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field__row">
        <input
          id={id}
          required
          spellCheck={false}
          autoComplete="off"
          aria-describedby={error === null ? helpId : `${helpId} ${errorId}`}
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
        {browse !== null && (
          <button type="button" onClick={() => void pick(browse)}>
            {t('common.browse')}
          </button>
        )}
      </div>
      <p id={helpId} className="field__help">
        {help}
      </p>
      {error !== null && (
        <p id={errorId} className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
};
