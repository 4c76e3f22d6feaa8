/** Where the reader is: the course page, or an activity (and a part of it: a book's chapter). */
export type PreviewRoute =
  { page: 'course' } | { page: 'activity'; activityId: string; part: string | null };

const decode = (value: string): string | null => {
  try {
    return decodeURIComponent(value);
  } catch {
    // A hand-edited address with a stray `%`: treat it as no address.
    return null;
  }
};

/** The route of a location hash: `#activity/<id>` or `#activity/<id>/<part>`, else the course. */
export const parseRoute = (hash: string): PreviewRoute => {
  const [page, id, part] = hash.replace(/^#/, '').split('/');
  const activityId = page === 'activity' && id ? decode(id) : null;
  if (activityId === null || activityId === '') return { page: 'course' };
  const decodedPart = part ? decode(part) : null;
  return { page: 'activity', activityId, part: decodedPart === '' ? null : decodedPart };
};

/** The hash of a route (the course page's is `#parcours`, so that it never scrolls to a `#`). */
export const routeHash = (route: PreviewRoute): string =>
  route.page === 'course'
    ? '#parcours'
    : `#activity/${encodeURIComponent(route.activityId)}${
        route.part === null ? '' : `/${encodeURIComponent(route.part)}`
      }`;
