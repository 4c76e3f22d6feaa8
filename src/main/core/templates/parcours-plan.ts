import type { Activity } from '../../../shared/domain/activity';
import type { Question } from '../../../shared/domain/question';
import type { QuestionCategory } from '../../../shared/domain/question-category';
import type { Parcours } from '../../../shared/domain/parcours';
import type { Section } from '../../../shared/domain/section';

/** A whole parcours ready to be written in one edit: new ids everywhere, in outline order. */
export interface ParcoursPlan {
  parcours: Parcours;
  sections: { section: Section; activities: Activity[] }[];
  /** The parcours copied, whose bank the quizzes' slots refer to (a project gabarit). */
  sourceParcoursId?: string;
  /** A question bank written with the parcours (a shipped gabarit's `questions`). */
  bank?: { categories: QuestionCategory[]; questions: Question[] };
}
