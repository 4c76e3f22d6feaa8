import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import contentEn from './content.en.json';
import contentFr from './content.fr.json';
import en from './en.json';
import exchangeEn from './exchange.en.json';
import exchangeFr from './exchange.fr.json';
import fr from './fr.json';
import outlineEn from './outline.en.json';
import outlineFr from './outline.fr.json';
import questionsEn from './questions.en.json';
import questionsFr from './questions.fr.json';
import quizDesignEn from './quiz-design.en.json';
import quizDesignFr from './quiz-design.fr.json';
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
    // One file per area of the studio, merged into one namespace: keys never collide because
    // each area's keys start with its own prefix (`outline.…`, `content.…`).
    resources: {
      fr: {
        translation: {
          ...fr,
          ...outlineFr,
          ...contentFr,
          ...questionsFr,
          ...quizDesignFr,
          ...exchangeFr,
        },
      },
      en: {
        translation: {
          ...en,
          ...outlineEn,
          ...contentEn,
          ...questionsEn,
          ...quizDesignEn,
          ...exchangeEn,
        },
      },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
};
