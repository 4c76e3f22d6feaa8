import { randomUUID } from 'node:crypto';
import type { Activity } from '../../../shared/domain/activity';
import { scoreAttempts } from '../../../shared/scoring/score-attempts';
import { copyTitle } from '../outline/clone-activity';
import { positionAt } from '../position-at';
import { bankErrors } from '../questions/bank-errors';
import { bankLookups } from '../questions/bank-lookups';
import { checkedQuestion } from '../questions/question-writes';
import { quizBankUsage } from '../questions/quiz-bank-usage';
import type { HandlerSet } from './handler-types';
import { questionListHandlers } from './question-list-handlers';

/** Reading, writing and scoring the questions of a parcours's bank. */
export const questionHandlers = {
  ...questionListHandlers,
  'question.get': (input, { workspace }) =>
    bankLookups.question(workspace.require(), input.id).question,
  'question.create': (input, { workspace }) => {
    const session = workspace.require();
    bankLookups.parcours(session, input.parcoursId);
    bankLookups.category(session, input.categoryId, input.parcoursId);
    const question = checkedQuestion(session, {
      ...input.question,
      id: randomUUID(),
      categoryId: input.categoryId,
    });
    const siblings = session.repos.questions.siblings(input.categoryId);
    const position = positionAt(siblings, siblings.length);
    session.edit({ label: 'Créer une question', parcoursIds: [input.parcoursId] }, (uow) => {
      uow.put('questions', session.repos.questions.toRow(question, input.parcoursId, position));
    });
    return question;
  },
  'question.update': (input, { workspace }) => {
    const session = workspace.require();
    const stored = bankLookups.question(session, input.id);
    if (input.question.id !== input.id) throw bankErrors.questionIdMismatch();
    const { parcoursId } = stored;
    if (session.repos.questionCategories.get(input.question.categoryId)?.parcoursId !== parcoursId)
      throw bankErrors.otherParcours();
    const question = checkedQuestion(session, input.question);
    let position = stored.position;
    if (question.categoryId !== stored.question.categoryId) {
      const siblings = session.repos.questions.siblings(question.categoryId);
      position = positionAt(siblings, siblings.length);
    }
    session.edit(
      {
        label: 'Modifier la question',
        coalesceKey: `question:${input.id}`,
        parcoursIds: [parcoursId],
      },
      (uow) => {
        uow.put('questions', session.repos.questions.toRow(question, parcoursId, position));
      },
    );
    return question;
  },
  'question.duplicate': (input, { workspace }) => {
    const session = workspace.require();
    const stored = bankLookups.question(session, input.id);
    const copy = {
      ...structuredClone(stored.question),
      id: randomUUID(),
      name: copyTitle(stored.question.name),
      // A copy is a new question: Moodle refuses two questions with one idnumber in a category.
      idnumber: null,
    };
    const siblings = session.repos.questions.siblings(copy.categoryId);
    const index = siblings.findIndex((s) => s.id === input.id);
    const position = positionAt(siblings, index + 1);
    session.edit({ label: 'Dupliquer la question', parcoursIds: [stored.parcoursId] }, (uow) => {
      uow.put('questions', session.repos.questions.toRow(copy, stored.parcoursId, position));
    });
    return copy;
  },
  'question.delete': (input, { workspace }) => {
    const session = workspace.require();
    const stored = input.ids.map((id) => bankLookups.question(session, id));
    const parcoursIds = [...new Set(stored.map((s) => s.parcoursId))];
    const quizzes = parcoursIds.flatMap((id) => session.repos.activities.quizzesOfParcours(id));
    const usage = quizBankUsage(quizzes).questions;
    const deleted = new Set(input.ids);
    const usedBy = input.ids
      .map((questionId) => ({ questionId, activityIds: usage.get(questionId) ?? [] }))
      .filter((u) => u.activityIds.length > 0);
    const using = quizzes.filter((q) => usedBy.some((u) => u.activityIds.includes(q.activity.id)));
    if (using.length > 0 && !input.force) {
      throw bankErrors.questionsInUse(
        usedBy,
        using.map((q) => q.activity.title),
      );
    }
    const label = input.ids.length === 1 ? 'Supprimer la question' : 'Supprimer les questions';
    session.edit({ label, parcoursIds }, (uow) => {
      for (const quiz of using) {
        if (quiz.activity.type !== 'quiz') continue;
        const slots = quiz.activity.slots.filter(
          (slot) => slot.question.kind !== 'fixed' || !deleted.has(slot.question.questionId),
        );
        const next: Activity = { ...quiz.activity, slots };
        uow.put('activities', session.repos.activities.toRow(next, quiz.sectionId, quiz.position));
      }
      for (const id of input.ids) uow.remove('questions', id);
    });
    return null;
  },
  /** The same arithmetic as the renderer's: src/shared/scoring, on the stored question. */
  'question.score': (input, { workspace }) =>
    scoreAttempts(bankLookups.question(workspace.require(), input.id).question, input.responses),
} satisfies HandlerSet<
  | 'question.list'
  | 'question.tags'
  | 'question.get'
  | 'question.create'
  | 'question.update'
  | 'question.duplicate'
  | 'question.delete'
  | 'question.score'
>;
