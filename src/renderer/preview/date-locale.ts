/** The locale dates are written in for an interface language: fr-FR for French. */
export const dateLocale = (language: string): string =>
  language.startsWith('en') ? 'en-GB' : 'fr-FR';
