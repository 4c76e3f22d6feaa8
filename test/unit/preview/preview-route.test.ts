import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../src/renderer/preview/preview-route';

describe('preview routes', () => {
  it('reads the course page and activity pages from the hash', () => {
    expect(parseRoute('')).toEqual({ page: 'course' });
    expect(parseRoute('#parcours')).toEqual({ page: 'course' });
    expect(parseRoute('#activity/a-1')).toEqual({
      page: 'activity',
      activityId: 'a-1',
      part: null,
    });
    expect(parseRoute('#activity/a-1/ch-2')).toEqual({
      page: 'activity',
      activityId: 'a-1',
      part: 'ch-2',
    });
  });

  it('takes anything else, a broken escape included, as the course page', () => {
    expect(parseRoute('#activity/')).toEqual({ page: 'course' });
    expect(parseRoute('#activity/%E0%A4%A')).toEqual({ page: 'course' });
    expect(parseRoute('#pv-main')).toEqual({ page: 'course' });
  });

  it('writes hashes that read back the same', () => {
    for (const route of [
      { page: 'course' as const },
      { page: 'activity' as const, activityId: 'é/x y', part: null },
      { page: 'activity' as const, activityId: 'b', part: 'chapitre #2' },
    ])
      expect(parseRoute(routeHash(route))).toEqual(route);
  });
});
