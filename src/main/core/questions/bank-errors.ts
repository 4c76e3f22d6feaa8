import { AppError } from '../../../shared/contract/app-error';

/** The bank's conflicts, French first then English, each saying what to do. */
export const bankErrors = {
  categoryNotEmpty: (name: string, questions: number, children: number, quizzes: string[]) =>
    new AppError(
      'conflict',
      `La catégorie « ${name} » n’est pas vide (${String(questions)} question(s), ${String(children)} sous-catégorie(s), ${String(quizzes.length)} test(s) qui y tirent des questions au hasard) : déplacez ou supprimez d’abord son contenu.`,
      `The category "${name}" is not empty (${String(questions)} question(s), ${String(children)} subcategorie(s), ${String(quizzes.length)} quiz(zes) drawing random questions from it): move or delete its content first.`,
      { questions, children, usedBy: quizzes },
    ),
  categoryNameTaken: (name: string) =>
    new AppError(
      'conflict',
      `Une catégorie « ${name} » existe déjà à cet endroit : choisissez un autre nom.`,
      `A category "${name}" already exists there: choose another name.`,
      { name },
    ),
  categoryCycle: () =>
    new AppError(
      'invalid_input',
      'Une catégorie ne peut pas être placée dans elle-même ou dans une de ses sous-catégories : choisissez un autre parent.',
      'A category cannot be moved into itself or one of its subcategories: choose another parent.',
    ),
  questionsInUse: (usedBy: { questionId: string; activityIds: string[] }[], titles: string[]) =>
    new AppError(
      'conflict',
      `Ces questions sont utilisées par ${String(titles.length)} test(s) (${titles.join(', ')}) : retirez-les des tests, ou confirmez la suppression (elles seront retirées des tests).`,
      `These questions are used by ${String(titles.length)} quiz(zes) (${titles.join(', ')}): remove them from the quizzes, or confirm the deletion (they will be removed from the quizzes).`,
      { usedBy, quizTitles: titles },
    ),
  otherParcours: () =>
    new AppError(
      'invalid_input',
      'La catégorie choisie appartient à un autre parcours : choisissez une catégorie de la banque de ce parcours.',
      'The chosen category belongs to another parcours: choose a category of this parcours’s bank.',
    ),
  questionIdMismatch: () =>
    new AppError(
      'invalid_input',
      'L’identifiant de la question envoyée ne correspond pas à celle modifiée : rechargez la question puis réessayez.',
      'The id of the question sent does not match the one edited: reload the question and try again.',
    ),
};
