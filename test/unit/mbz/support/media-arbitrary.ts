import fc from 'fast-check';
import { MOODLE_LICENCES } from '../../../../src/shared/domain/media';
import { mediaOf, patternBytes } from '../../folder/sample-media';

/** Who made a medium and its licence, as an author fills them (or not). */
const creditsArbitrary = fc.record({
  author: fc.constantFrom('', 'Équipe de conception', 'M. Dupont & Cie <réseau>'),
  licence: fc.constantFrom('', ...MOODLE_LICENCES, 'licence-du-site'),
});

/** PNG media with real (distinct) bytes, content-addressed, with or without credits. */
export const mediaArbitrary = fc
  .uniqueArray(fc.integer({ min: 40, max: 400 }), { minLength: 1, maxLength: 3 })
  .chain((sizes) =>
    fc.tuple(fc.constant(sizes), fc.array(creditsArbitrary, { minLength: 3, maxLength: 3 })),
  )
  .map(([sizes, credits]) =>
    sizes.map((size, i) => {
      const bytes = patternBytes(`\x89PNG\r\n\x1a\n${String(i)}`, size);
      const name = ['schéma démarche.png', 'illustration (1).png', 'vignette « a ».png'][i];
      return {
        bytes,
        media: mediaOf(bytes, {
          name: name ?? 'x.png',
          mime: 'image/png',
          kind: 'image',
          ...credits[i],
        }),
      };
    }),
  );
