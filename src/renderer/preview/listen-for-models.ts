import { type Language, LANGUAGES } from '../i18n/language-storage';
import { checkPreviewModel, type LoadedModel } from './check-preview-model';

/** What the studio posts to the preview frame after each edit. */
export const MODEL_MESSAGE = 'atelier-preview-model';
/** What the frame posts to its parent once it listens, so the first model is not missed. */
export const READY_MESSAGE = 'atelier-preview-ready';

/** Whether this page said it was ready: once is enough, the parent then posts each model. */
let announced = false;

const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/**
 * Listens for models posted by the parent window (`{ type: 'atelier-preview-model', model,
 * language? }`); messages from any other window are ignored. Returns the way to stop.
 */
export const listenForModels = (
  win: Window,
  onModel: (loaded: LoadedModel, language: Language | null) => void,
): (() => void) => {
  const listener = (event: MessageEvent) => {
    if (event.source !== win.parent) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const message = data as Record<string, unknown>;
    if (message['type'] !== MODEL_MESSAGE) return;
    const language = message['language'];
    onModel(checkPreviewModel(message['model']), isLanguage(language) ? language : null);
  };
  win.addEventListener('message', listener);
  // Nothing private is said: the parent's origin may be opaque (a sandboxed frame's is).
  if (win.parent !== win && !announced) win.parent.postMessage({ type: READY_MESSAGE }, '*');
  announced = true;
  return () => {
    win.removeEventListener('message', listener);
  };
};
