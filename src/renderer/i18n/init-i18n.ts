import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';
import { readStoredLanguage } from './language-storage';

/**
 * Starts i18next with the bundled French and English strings. French is the default and
 * the fallback: the studio is written for French author teams first.
 */
export const initI18n = async (): Promise<void> => {
  const lng = readStoredLanguage();
  document.documentElement.lang = lng;
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'fr',
    supportedLngs: ['fr', 'en'],
    resources: { fr: { translation: fr }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
};
