import { useCallback, useEffect, useState } from 'react';
import { type PreviewRoute, parseRoute, routeHash } from './preview-route';

/** The address's hash, or none where the page may not read it. */
const currentHash = (): string => {
  try {
    return window.location.hash;
  } catch {
    return '';
  }
};

/**
 * The reader's place, kept in the address's hash so that a reload (or a bookmark) keeps it.
 * Moving is done here, not by following links: a sandboxed frame (the studio's preview) may
 * refuse even a same-page navigation, and then the place lives in memory only.
 */
export const useHashRoute = (): [PreviewRoute, (route: PreviewRoute) => void] => {
  const [route, setRoute] = useState(() => parseRoute(currentHash()));
  useEffect(() => {
    const onChange = () => {
      setRoute(parseRoute(currentHash()));
    };
    window.addEventListener('hashchange', onChange);
    window.addEventListener('popstate', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener('popstate', onChange);
    };
  }, []);
  const navigate = useCallback((next: PreviewRoute) => {
    setRoute(next);
    try {
      window.history.pushState(null, '', routeHash(next));
    } catch {
      // An opaque origin may refuse to touch its address: the route stays in memory.
    }
  }, []);
  return [route, navigate];
};
