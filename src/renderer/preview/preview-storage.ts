import type { PreviewParcours } from '../../shared/preview/preview-model';

/**
 * The browser's localStorage for what the reader does in the preview (completion, questionnaire
 * answers), keyed by parcours and version. Every access may fail: a page opened from the file
 * system, a sandboxed frame or a private window can refuse storage; the site then keeps
 * things in memory only.
 */
export const previewStorage = {
  key: (parcours: Pick<PreviewParcours, 'id' | 'version'>, what: string): string =>
    `atelier-preview:${parcours.id}:${parcours.version}:${what}`,
  read: (key: string): unknown => {
    try {
      const text = localStorage.getItem(key);
      return text === null ? null : (JSON.parse(text) as unknown);
    } catch {
      // Refused storage or a value another program left there: nothing stored, then.
      return null;
    }
  },
  write: (key: string, value: unknown): void => {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Refused storage (or full): the state still lives in memory until the page closes.
    }
  },
};
