import type { Media } from '../../../../src/shared/domain/media';

/** A medium of the tests: `id` is any 64-hex string, the rest as an import would give it. */
export const mediaFixture = (
  char: string,
  name: string,
  mime: string,
  kind: Media['kind'] = mime.startsWith('image/') ? 'image' : 'other',
): Media => ({
  id: char.repeat(64),
  name,
  mime,
  kind,
  sizeBytes: 100,
  width: null,
  height: null,
  alt: '',
  decorative: false,
  captionsMediaId: null,
  hasThumbnail: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  author: '',
  licence: '',
});
