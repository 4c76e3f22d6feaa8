import type { Activity } from '../../../shared/domain/activity';
import type { StoredActivity } from '../db/repos/activity-repo';

/** Which quiz activities use each question (fixed slots) and each category (random slots). */
export interface QuizBankUsage {
  questions: Map<string, string[]>;
  categories: Map<string, string[]>;
}

const add = (map: Map<string, string[]>, key: string, activityId: string): void => {
  const list = map.get(key) ?? [];
  if (!list.includes(activityId)) list.push(activityId);
  map.set(key, list);
};

/** Reads the slots of the given quizzes (activities of other types are ignored). */
export const quizBankUsage = (quizzes: readonly StoredActivity[]): QuizBankUsage => {
  const usage: QuizBankUsage = { questions: new Map(), categories: new Map() };
  for (const { activity } of quizzes) addQuiz(usage, activity);
  return usage;
};

const addQuiz = (usage: QuizBankUsage, activity: Activity): void => {
  if (activity.type !== 'quiz') return;
  for (const slot of activity.slots) {
    if (slot.question.kind === 'fixed') add(usage.questions, slot.question.questionId, activity.id);
    else add(usage.categories, slot.question.categoryId, activity.id);
  }
};
