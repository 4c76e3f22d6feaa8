import { projectErrors } from '../project-errors';
import { bankLookups } from '../questions/bank-lookups';
import { exportQuestions } from '../questions/export-questions';
import { importQuestions } from '../questions/import-questions';
import type { HandlerSet } from './handler-types';

/** GIFT and Moodle XML in and out of a parcours's bank. */
export const questionTransferHandlers = {
  'question.import': async (input, { workspace, now }) => {
    const session = workspace.require();
    bankLookups.parcours(session, input.parcoursId);
    if (input.categoryId !== undefined)
      bankLookups.category(session, input.categoryId, input.parcoursId);
    // DESIGN §4: a snapshot before a risky operation. Taken only when there is a project to
    // protect; a file that yields nothing writes nothing anyway.
    await session.snapshot('before-import');
    if (workspace.current() !== session) throw projectErrors.noProject();
    return importQuestions(session, { ...input, categoryId: input.categoryId }, now());
  },
  'question.export': (input, { workspace }) => {
    const session = workspace.require();
    bankLookups.parcours(session, input.parcoursId);
    if (input.categoryId !== undefined)
      bankLookups.category(session, input.categoryId, input.parcoursId);
    if (input.questionIds !== undefined) {
      for (const id of input.questionIds) {
        if (bankLookups.question(session, id).parcoursId !== input.parcoursId)
          throw projectErrors.notFound('question', id);
      }
    }
    return exportQuestions(session.repos, input);
  },
} satisfies HandlerSet<'question.import' | 'question.export'>;
