import type { Parcours } from '../../../shared/domain/parcours';
import type { TemplateSummary } from '../../../shared/domain/template-summary';
import { projectErrors } from '../project-errors';
import type { ProjectSession } from '../project-session';
import type { ParcoursPlan } from '../templates/parcours-plan';
import { planFromProjectParcours } from '../templates/plan-from-project-parcours';
import { planFromTemplateFile } from '../templates/plan-from-template-file';
import { positionAfterLastParcours, putPlan } from '../templates/put-plan';
import { uniqueShortName } from '../templates/unique-short-name';
import type { HandlerContext, HandlerSet } from './handler-types';

const DESCRIPTION_MAX = 300;

const projectTemplates = (session: ProjectSession): TemplateSummary[] =>
  session.repos.parcours
    .summaries()
    .filter((s) => s.kind === 'template')
    .map((s) => ({
      id: s.id,
      source: 'project',
      name: s.title,
      description:
        session.repos.parcours.get(s.id)?.parcours.indexation.objectif.slice(0, DESCRIPTION_MAX) ??
        '',
      declaredHours: s.declaredHours,
      sectionCount: s.sectionCount,
      activityCount: s.activityCount,
    }));

const writePlan = (session: ProjectSession, plan: ParcoursPlan): void => {
  session.edit({ label: 'Créer le parcours', parcoursIds: [plan.parcours.id] }, (uow) => {
    putPlan(session.repos, uow, plan, positionAfterLastParcours(session.repos));
  });
};

type CreateInput = Parameters<
  HandlerSet<'parcours.createFromTemplate'>['parcours.createFromTemplate']
>[0];

const chooseNames = (
  session: ProjectSession,
  input: CreateInput,
  defaults: { title: string; shortName: string },
): { title: string; shortName: string } => {
  if (input.shortName !== undefined && session.repos.parcours.idByShortName(input.shortName)) {
    throw projectErrors.conflictShortName(input.shortName);
  }
  return {
    title: input.title ?? defaults.title,
    shortName:
      input.shortName ??
      uniqueShortName(
        defaults.shortName,
        (name) => session.repos.parcours.idByShortName(name) !== null,
      ),
  };
};

const planShipped = async (
  session: ProjectSession,
  input: CreateInput,
  context: HandlerContext,
): Promise<ParcoursPlan> => {
  const file = context.templates.get(input.templateId);
  if (!file) throw projectErrors.notFound('gabarit', input.templateId);
  const names = chooseNames(session, input, file.parcours);
  // Loaded on first use: happy-dom and DOMPurify weigh on every start-up otherwise.
  const { createHtmlToRichText } = await import('../../formats/html-to-rich-text');
  const converter = createHtmlToRichText();
  try {
    const { plan, unsupported } = planFromTemplateFile(file, names, converter);
    if (unsupported.length > 0) {
      context.log(`gabarit ${file.id}: markup kept as text`, unsupported);
    }
    return plan;
  } finally {
    converter.close();
  }
};

const planProject = (session: ProjectSession, input: CreateInput): ParcoursPlan => {
  const source: Parcours | undefined = session.repos.parcours.get(input.templateId)?.parcours;
  if (source?.kind !== 'template') throw projectErrors.notFound('gabarit', input.templateId);
  return planFromProjectParcours(session.repos, source, chooseNames(session, input, source));
};

/**
 * Gabarits: the shipped ones (files, see `TemplateCatalog`) and the project's parcours
 * marked `kind: 'template'`. A new parcours takes the gabarit's title and short name unless
 * given; the default short name is made unique with -2, -3…, a given one must be free.
 */
export const templateHandlers = {
  'template.list': (_input, context) => {
    const shipped: TemplateSummary[] = context.templates.list().map((file) => ({
      id: file.id,
      source: 'shipped',
      name: file.name,
      description: file.description,
      declaredHours: file.parcours.declaredHours,
      sectionCount: file.sections.length,
      activityCount: file.sections.reduce((sum, s) => sum + s.activities.length, 0),
    }));
    const session = context.workspace.current();
    return session ? [...shipped, ...projectTemplates(session)] : shipped;
  },
  'parcours.createFromTemplate': async (input, context) => {
    const session = context.workspace.require();
    const plan =
      input.source === 'shipped'
        ? await planShipped(session, input, context)
        : planProject(session, input);
    // The project may have changed while the converter loaded.
    if (context.workspace.current() !== session) throw projectErrors.noProject();
    writePlan(session, plan);
    const summary = session.repos.parcours.summaries().find((s) => s.id === plan.parcours.id);
    if (!summary) throw projectErrors.notFound('parcours', plan.parcours.id);
    return summary;
  },
} satisfies HandlerSet<'template.list' | 'parcours.createFromTemplate'>;
