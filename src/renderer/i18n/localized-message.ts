import type { AppErrorData } from '../../shared/contract/app-error';

/** The error's message in the interface language: the core sends both. */
export const localizedMessage = (error: AppErrorData, language: string): string =>
  language.startsWith('en') ? error.messageEn : error.message;
