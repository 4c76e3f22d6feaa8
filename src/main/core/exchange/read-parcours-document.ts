import type { Media } from '../../../shared/domain/media';
import type { ParcoursDocument } from '../../formats/parcours-document';
import type { Repos } from '../db/repos/create-repos';
import { mediaIdsInJson } from '../media/scan-media-usage';
import { projectErrors } from '../project-errors';
import { bankInTreeOrder } from '../questions/bank-in-tree-order';

/**
 * A parcours of the project whole, for the exchange formats: its sections and activities in
 * outline order, its bank in tree order, and every medium its texts, files, vignette and
 * questions refer to (sorted by id, so the same parcours gives the same document).
 */
export const readParcoursDocument = (repos: Repos, parcoursId: string): ParcoursDocument => {
  const stored = repos.parcours.get(parcoursId);
  if (!stored) throw projectErrors.notFound('parcours', parcoursId);
  const sections = repos.sections.listOf(parcoursId).map((section) => ({
    section,
    activities: repos.activities.inSection(section.id).map((a) => a.activity),
  }));
  const bank = bankInTreeOrder(repos, parcoursId);
  const ids = mediaIdsInJson(JSON.stringify({ parcours: stored.parcours, sections, bank }));
  const media = [...ids]
    .sort()
    .map((id) => repos.media.get(id))
    .filter((m): m is Media => m !== null);
  return { parcours: stored.parcours, sections, bank, media };
};
