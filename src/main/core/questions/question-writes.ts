import { questionSchema, type Question } from '../../../shared/domain/question';
import { formatZodIssues } from '../format-zod-issues';
import { projectErrors } from '../project-errors';
import type { ProjectSession } from '../project-session';
import { questionMediaIds } from './question-media-ids';

/**
 * A question ready to store: checked again against `questionSchema` (a draft merged with an
 * id and a category must still be one), and every file it cites must be in the media library.
 */
export const checkedQuestion = (session: ProjectSession, candidate: unknown): Question => {
  const parsed = questionSchema.safeParse(candidate);
  if (!parsed.success) {
    throw projectErrors.invalid(
      'La question n’est pas valide : corrigez les champs signalés.',
      'The question is not valid: fix the reported fields.',
      { issues: formatZodIssues(parsed.error) },
    );
  }
  const missing = questionMediaIds(parsed.data).filter((id) => !session.repos.media.get(id));
  if (missing.length > 0) {
    throw projectErrors.invalid(
      'La question cite des fichiers absents de la médiathèque : importez-les d’abord.',
      'The question refers to files missing from the media library: import them first.',
      { mediaIds: missing },
    );
  }
  return parsed.data;
};
