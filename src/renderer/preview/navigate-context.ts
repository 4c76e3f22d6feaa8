import { createContext } from 'react';
import type { PreviewRoute } from './preview-route';

/** Moves the reader to another page of the site (see `useHashRoute`). */
export const NavigateContext = createContext<(route: PreviewRoute) => void>(() => undefined);
