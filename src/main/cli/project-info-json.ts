import { z } from 'zod';
import type { Outline } from '../../shared/domain/outline';
import type { ParcoursSummary, ProjectSummary } from '../../shared/domain/project';
import { computeTimeBudget } from '../../shared/domain/time-budget';

const minutesByModality = z.object({
  'distance-async': z.number(),
  'distance-sync': z.number(),
  presentiel: z.number(),
});

/**
 * What `atelier info --json` prints: a stable shape scripts may rely on. `format` names its
 * version; fields are only ever added within one version. Parcours keep the order and the
 * `number` that `--parcours` accepts; sections and activities are in outline order.
 *
 * `atelier-info/2` (this shape) adds the time budget of `computeTimeBudget`, in minutes:
 * per parcours `timeBudget` (per modality, distance = async + sync, presence, the
 * indexation's values, total − declared, within ±10 %, activities not estimated yet) and
 * per section `minutes`, `totalMinutes`, `unestimated`. `atelier-info/1` had neither.
 * `atelier-info/3` adds per parcours `questionBank`: how many categories and questions its
 * question bank holds.
 */
export const projectInfoJsonSchema = z.object({
  format: z.literal('atelier-info/3'),
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
      questionBank: z.object({
        categories: z.number().int(),
        questions: z.number().int(),
      }),
      timeBudget: z.object({
        declaredMinutes: z.number(),
        totalMinutes: z.number(),
        minutes: minutesByModality,
        distanceMinutes: z.number(),
        presenceMinutes: z.number(),
        indexedDistanceMinutes: z.number().nullable(),
        indexedPresenceMinutes: z.number().nullable(),
        deltaMinutes: z.number(),
        withinTolerance: z.boolean(),
        unestimated: z.number().int(),
      }),
      sections: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          modality: z.string(),
          minutes: minutesByModality,
          totalMinutes: z.number(),
          unestimated: z.number().int(),
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
  shown: readonly {
    summary: ParcoursSummary;
    outline: Outline;
    questionBank: { categories: number; questions: number };
  }[],
): ProjectInfoJson => ({
  format: 'atelier-info/3',
  project: {
    path: project.path,
    title: project.title,
    schemaVersion: project.schemaVersion,
    revision: project.revision,
  },
  parcours: shown.map(({ summary, outline, questionBank }) => {
    const { sections: sectionBudgets, ...timeBudget } = computeTimeBudget(outline);
    return {
      number: summary.number,
      id: summary.id,
      kind: summary.kind,
      title: summary.title,
      shortName: summary.shortName,
      declaredHours: summary.declaredHours,
      status: summary.status,
      version: summary.version,
      questionBank,
      timeBudget,
      sections: outline.sections.map((section, i) => ({
        id: section.id,
        title: section.title,
        modality: section.modality,
        minutes: sectionBudgets[i]?.minutes ?? {
          'distance-async': 0,
          'distance-sync': 0,
          presentiel: 0,
        },
        totalMinutes: sectionBudgets[i]?.totalMinutes ?? 0,
        unestimated: sectionBudgets[i]?.unestimated ?? 0,
        activities: section.activities.map((activity) => ({
          id: activity.id,
          type: activity.type,
          title: activity.title,
          estimatedMinutes: activity.estimatedMinutes,
          modality: activity.modality,
          completion: activity.completion,
        })),
      })),
    };
  }),
});
