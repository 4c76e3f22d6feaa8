import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type Language, LANGUAGES, storeLanguage } from '../i18n/language-storage';

/** The interface language of the preview (the parcours's own text stays as written). */
export const LanguageSelect = () => {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current: Language = i18n.language.startsWith('en') ? 'en' : 'fr';
  return (
    <div className="pv-language">
      <label htmlFor={id}>{t('preview.language')}</label>
      <select
        id={id}
        value={current}
        onChange={(event) => {
          const language = LANGUAGES.find((l) => l === event.target.value) ?? 'fr';
          storeLanguage(language);
          document.documentElement.lang = language;
          void i18n.changeLanguage(language);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`preview.languageName.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
};
