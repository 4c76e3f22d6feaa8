import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import previewEn from '../i18n/preview.en.json';
import previewFr from '../i18n/preview.fr.json';
import questionsEn from '../i18n/questions.en.json';
import questionsFr from '../i18n/questions.fr.json';
import type { Language } from '../i18n/language-storage';

/**
 * Starts i18next for the preview site with its own strings and the question players' (the
 * studio's other areas stay out of the bundle). French is the default and the fallback.
 */
export const initPreviewI18n = async (language: Language): Promise<void> => {
  document.documentElement.lang = language;
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'fr',
    supportedLngs: ['fr', 'en'],
    resources: {
      fr: { translation: { ...questionsFr, ...previewFr } },
      en: { translation: { ...questionsEn, ...previewEn } },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
};
