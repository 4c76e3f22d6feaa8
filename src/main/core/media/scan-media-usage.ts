import type { MediaUsage } from '../../../shared/domain/media';
import type { MediaReferenceRows } from '../db/repos/media-repo';

/**
 * Any key ending in "MediaId" followed by a sha256: image and video nodes (`mediaId`,
 * `captionsMediaId`), file activities (`mediaId`), question files, foreign payloads, the vignette. Scanning
 * the stored JSON text is sound because a quote inside a JSON string is always escaped, so
 * `"mediaId":"` can only be a key; it spares parsing 5,000 activities.
 */
const REFERENCE = /"[A-Za-z]*[mM]ediaId":"([0-9a-f]{64})"/g;

/** Every media id referenced in a JSON text (see `REFERENCE`). */
export const mediaIdsInJson = (json: string): Set<string> => {
  const ids = new Set<string>();
  for (const match of json.matchAll(REFERENCE)) if (match[1]) ids.add(match[1]);
  return ids;
};

/**
 * Where each medium is used, in one pass over the rows that may reference one (the
 * repository prefilters them in SQL). Sections are parsed only when they match, for their
 * title; the parcours indexation counts as one place ("Indexation").
 */
export const scanMediaUsage = (rows: MediaReferenceRows): Map<string, MediaUsage[]> => {
  const usage = new Map<string, MediaUsage[]>();
  const titles = new Map(rows.parcours.map((p) => [p.id, p.title]));
  const add = (ids: Iterable<string>, place: Omit<MediaUsage, 'parcoursTitle'>): void => {
    for (const id of ids) {
      const list = usage.get(id) ?? [];
      list.push({ ...place, parcoursTitle: titles.get(place.parcoursId) ?? '' });
      usage.set(id, list);
    }
  };
  for (const p of rows.parcours) {
    if (!p.data.includes('MediaId":"')) continue;
    add(mediaIdsInJson(p.data), {
      parcoursId: p.id,
      entity: 'indexation',
      entityId: p.id,
      entityTitle: 'Indexation',
    });
  }
  for (const s of rows.sections) {
    const ids = mediaIdsInJson(s.data);
    if (ids.size === 0) continue;
    const title = (JSON.parse(s.data) as { title?: unknown }).title;
    add(ids, {
      parcoursId: s.parcoursId,
      entity: 'section',
      entityId: s.id,
      entityTitle: typeof title === 'string' ? title : '',
    });
  }
  for (const a of rows.activities) {
    add(mediaIdsInJson(a.data), {
      parcoursId: a.parcoursId,
      entity: 'activity',
      entityId: a.id,
      entityTitle: a.title,
    });
  }
  for (const q of rows.questions) {
    add(mediaIdsInJson(q.data), {
      parcoursId: q.parcoursId,
      entity: 'question',
      entityId: q.id,
      entityTitle: q.name,
    });
  }
  return usage;
};
