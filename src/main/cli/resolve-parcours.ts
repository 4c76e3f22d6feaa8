import { AppError } from '../../shared/contract/app-error';
import type { ParcoursSummary, ProjectSummary } from '../../shared/domain/project';
import { UsageError } from './usage-error';

const listing = (project: ProjectSummary): string =>
  project.parcours.map((p) => `  ${p.number}. ${p.shortName} — ${p.title}`).join('\n');

/**
 * Finds the parcours a `--parcours P` option names: its 1-based number as `atelier info`
 * lists it, or its short name (case-insensitive). May be omitted when the project has
 * exactly one parcours. Every command taking `--parcours` goes through here.
 */
export const resolveParcours = (
  project: ProjectSummary,
  ref: string | undefined,
): ParcoursSummary => {
  if (ref === undefined) {
    const [only, ...others] = project.parcours;
    if (only && others.length === 0) return only;
    if (!only) {
      throw new AppError(
        'not_found',
        'Ce projet ne contient aucun parcours.',
        'This project has no parcours.',
      );
    }
    throw new UsageError(
      `Ce projet contient ${project.parcours.length} parcours : précisez --parcours.\n${listing(project)}`,
      `This project has ${project.parcours.length} parcours: pass --parcours.`,
    );
  }
  const wanted = ref.trim();
  const byNumber = /^\d+$/.test(wanted)
    ? project.parcours.find((p) => p.number === Number(wanted))
    : undefined;
  const found =
    byNumber ?? project.parcours.find((p) => p.shortName.toLowerCase() === wanted.toLowerCase());
  if (found) return found;
  throw new AppError(
    'not_found',
    `Aucun parcours « ${wanted} » dans ce projet. Parcours disponibles :\n${listing(project)}`,
    `No parcours "${wanted}" in this project.`,
    { parcours: wanted },
  );
};
