import { z } from 'zod';
import type { Outline } from '../../shared/domain/outline';
import type { ParcoursSummary, ProjectSummary } from '../../shared/domain/project';

/**
 * What `atelier info --json` prints: a stable shape scripts may rely on. `format` names its
 * version; fields are only ever added within one version. Parcours keep the order and the
 * `number` that `--parcours` accepts; sections and activities are in outline order.
 */
export const projectInfoJsonSchema = z.object({
  format: z.literal('atelier-info/1'),
  project: z.object({
    path: z.string(),
    title: z.string(),
    schemaVersion: z.number().int(),
    revision: z.number().int(),
  }),
  parcours: z.array(
    z.object({
      number: z.number().int(),
      id: z.string(),
      kind: z.enum(['parcours', 'template']),
      title: z.string(),
      shortName: z.string(),
      declaredHours: z.number(),
      status: z.string(),
      version: z.string(),
      sections: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          modality: z.string(),
          activities: z.array(
            z.object({
              id: z.string(),
              type: z.string(),
              title: z.string(),
              estimatedMinutes: z.number().nullable(),
              modality: z.string().nullable(),
              completion: z.string(),
            }),
          ),
        }),
      ),
    }),
  ),
});
export type ProjectInfoJson = z.infer<typeof projectInfoJsonSchema>;

/** Builds the JSON from the project summary and the outlines of the parcours shown. */
export const toProjectInfoJson = (
  project: ProjectSummary,
  shown: readonly { summary: ParcoursSummary; outline: Outline }[],
): ProjectInfoJson => ({
  format: 'atelier-info/1',
  project: {
    path: project.path,
    title: project.title,
    schemaVersion: project.schemaVersion,
    revision: project.revision,
  },
  parcours: shown.map(({ summary, outline }) => ({
    number: summary.number,
    id: summary.id,
    kind: summary.kind,
    title: summary.title,
    shortName: summary.shortName,
    declaredHours: summary.declaredHours,
    status: summary.status,
    version: summary.version,
    sections: outline.sections.map((section) => ({
      id: section.id,
      title: section.title,
      modality: section.modality,
      activities: section.activities.map((activity) => ({
        id: activity.id,
        type: activity.type,
        title: activity.title,
        estimatedMinutes: activity.estimatedMinutes,
        modality: activity.modality,
        completion: activity.completion,
      })),
    })),
  })),
});
