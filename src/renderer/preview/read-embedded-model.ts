import { checkPreviewModel, type LoadedModel } from './check-preview-model';

/** The id of the `<script type="application/json">` a review package embeds its model in. */
export const EMBEDDED_MODEL_ID = 'atelier-preview-model';

/** The model the page carries (a review package), or `waiting` when it carries none. */
export const readEmbeddedModel = (doc: Document): LoadedModel => {
  const element = doc.getElementById(EMBEDDED_MODEL_ID);
  if (!element) return { kind: 'waiting' };
  try {
    return checkPreviewModel(JSON.parse(element.textContent));
  } catch {
    // A damaged package: say so rather than show a blank page.
    return { kind: 'error', reason: 'unreadable' };
  }
};
