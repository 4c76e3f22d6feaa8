import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks/use-language';

/** A small disclosure with the interface settings (for now, the language). */
export const SettingsMenu = () => {
  const { t } = useTranslation();
  const { language, languages, setLanguage } = useLanguage();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <div
      className="settings"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((value) => !value);
        }}
      >
        {t('settings.button')}
      </button>
      <div id={panelId} className="settings__panel" hidden={!open}>
        <fieldset>
          <legend>{t('settings.language')}</legend>
          {languages.map((code) => (
            <label key={code} className="choice">
              <input
                type="radio"
                name={`${panelId}-language`}
                value={code}
                checked={language === code}
                onChange={() => {
                  setLanguage(code);
                }}
              />
              <span lang={code}>{t(`settings.languageName.${code}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
};
