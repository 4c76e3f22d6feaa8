import { type RefObject, useEffect, useRef } from 'react';
import type { PreviewRoute } from './preview-route';

const keyOf = (route: PreviewRoute): string =>
  route.page === 'course' ? 'course' : `${route.activityId}/${route.part ?? ''}`;

/**
 * Moves the focus where a reader of the new page starts, as a page load would for a screen
 * reader: the page's heading (or a book chapter's), or, back on the course page, the link of
 * the activity just left. Nothing moves on the first page shown.
 */
export const useRouteFocus = (route: PreviewRoute, main: RefObject<HTMLElement | null>) => {
  const previous = useRef<PreviewRoute | null>(null);
  const key = keyOf(route);
  useEffect(() => {
    const from = previous.current;
    previous.current = route;
    const root = main.current;
    if (from === null || !root) return;
    let target: HTMLElement | null = null;
    if (route.page === 'course' && from.page === 'activity')
      target = root.querySelector<HTMLElement>(
        `[data-activity-link="${CSS.escape(from.activityId)}"]`,
      );
    else if (
      route.page === 'activity' &&
      from.page === 'activity' &&
      from.activityId === route.activityId
    )
      target = root.querySelector<HTMLElement>('[data-part-heading]');
    if (!target) {
      window.scrollTo(0, 0);
      target = root.querySelector<HTMLElement>('h1');
    }
    target?.focus();
    // Only a change of page moves the focus, not a new model for the same page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
};
