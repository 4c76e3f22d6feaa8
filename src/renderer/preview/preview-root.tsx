import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import i18next from 'i18next';
import type { LoadedModel } from './check-preview-model';
import { listenForModels } from './listen-for-models';
import { PreviewApp } from './preview-app';
import { PreviewErrorBoundary } from './preview-error-boundary';
import { PreviewProblem } from './preview-problem';

/**
 * The site's root: the model embedded in the page, or else each model the parent window posts
 * (the studio's preview frame, after each edit), shown without losing the reader's place.
 */
export const PreviewRoot = ({ initial }: { initial: LoadedModel }) => {
  const [loaded, setLoaded] = useState(initial);
  // Quiz draws go through react-query, as in the studio; nothing here fetches anything.
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
      }),
  );
  const embedded = initial.kind !== 'waiting';
  useEffect(() => {
    if (embedded) return undefined;
    return listenForModels(window, (next, language) => {
      setLoaded(next);
      if (language !== null && language !== i18next.language) {
        document.documentElement.lang = language;
        void i18next.changeLanguage(language);
      }
    });
  }, [embedded]);
  if (loaded.kind === 'waiting') return <PreviewProblem kind="waiting" />;
  if (loaded.kind === 'error')
    return loaded.reason === 'format' ? (
      <PreviewProblem kind="format" found={loaded.found} />
    ) : (
      <PreviewProblem kind="unreadable" />
    );
  return (
    <QueryClientProvider client={queryClient}>
      <PreviewErrorBoundary resetKey={loaded.model}>
        <PreviewApp model={loaded.model} />
      </PreviewErrorBoundary>
    </QueryClientProvider>
  );
};
