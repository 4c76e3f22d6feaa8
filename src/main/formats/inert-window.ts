import { Window } from 'happy-dom';

/**
 * A happy-dom window that parses and serialises HTML and does nothing else: it runs no script,
 * loads no script, stylesheet or frame, and computes no style. Every reader and writer of
 * author HTML on the Node side uses one.
 */
export const createInertWindow = (): Window =>
  new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
