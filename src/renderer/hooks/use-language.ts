import { useTranslation } from 'react-i18next';
import { type Language, LANGUAGES, storeLanguage } from '../i18n/language-storage';

/** The interface language and the way to change it (remembered in localStorage). */
export const useLanguage = () => {
  const { i18n } = useTranslation();
  const current: Language = i18n.language.startsWith('en') ? 'en' : 'fr';
  return {
    language: current,
    languages: LANGUAGES,
    setLanguage: (language: Language) => {
      storeLanguage(language);
      document.documentElement.lang = language;
      void i18n.changeLanguage(language);
    },
  };
};
