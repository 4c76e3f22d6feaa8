import type { QuestionIssueCode } from '../../shared/domain/question-import-report';

type Messages = Record<QuestionIssueCode, (detail: string) => [string, string]>;

const MESSAGES: Messages = {
  'brace-missing': () => [
    'Accolades {…} introuvables autour des réponses.',
    'Could not find {...} around answers.',
  ],
  'matching-format': (d) => [
    `Réponses d'appariement mal formées (« -> » manquant) : ${d}`,
    `Matching question answers are improperly formatted (missing "->"): ${d}`,
  ],
  'not-enough-answers': () => [
    "Pas assez de réponses pour ce type de question (Moodle plante sur ce cas : l'import entier échoue).",
    'There are not enough answers for this question type (Moodle crashes on it: the whole import fails).',
  ],
  'numerical-no-answer': () => [
    'Aucune réponse pour la question numérique (Moodle plante sur ce cas).',
    'No answers found for numerical question (Moodle crashes on it).',
  ],
  'numerical-not-a-number': (d) => [
    `Tolérance ou intervalle qui n'est pas un nombre : ${d} (Moodle plante sur ce cas).`,
    `Tolerance or range is not a number: ${d} (Moodle crashes on it).`,
  ],
  'numerical-any-answer': (d) => [
    `Réponse numérique non valide « ${d} » (virgule décimale ?) : Moodle la remplace par * et accepte alors toute réponse.`,
    `Invalid numerical answer "${d}" (decimal comma?): Moodle turns it into * and then accepts any response.`,
  ],
  'weight-invalid': (d) => [`Poids non valide : ${d}.`, `Invalid weight: ${d}.`],
  'grades-mismatch': (d) => [
    `Les notes (${d}) ne sont pas dans la liste des notes de Moodle : question ignorée.`,
    `Grades (${d}) do not match grade options - question skipped.`,
  ],
  'unknown-format': (d) => [
    `Format inconnu ${d} : il reste dans le texte, comme dans Moodle.`,
    `Unknown format ${d}: it stays in the text, as in Moodle.`,
  ],
  'invalid-question': (d) => [`Question non valide : ${d}`, `Invalid question: ${d}`],
  'unsupported-type': (d) => [
    `Type de question non pris en charge : ${d}.`,
    `Question type ${d} is not supported.`,
  ],
  'xml-forbidden': () => [
    'Le fichier XML déclare un DOCTYPE ou des entités : refusé (risque XXE).',
    'The XML file declares a DOCTYPE or entities: refused (XXE risk).',
  ],
  'xml-malformed': (d) => [`XML mal formé : ${d}`, `Malformed XML: ${d}`],
  'file-missing': (d) => [
    `Le texte cite le fichier « ${d} », absent du fichier importé.`,
    `The text refers to the file "${d}", which the import file does not contain.`,
  ],
  'category-context': (d) => [
    `Contexte de catégorie ${d} inconnu : la catégorie est placée dans le cours.`,
    `Unknown category context ${d}: the category is placed in the course.`,
  ],
  'category-extra-text': (d) => [
    `Texte après la ligne $CATEGORY ignoré : ${d}`,
    `Text after the $CATEGORY line ignored: ${d}`,
  ],
};

/** The French and English message of an import issue. */
export const questionIssueMessage = (
  code: QuestionIssueCode,
  detail = '',
): { code: QuestionIssueCode; message: string; messageEn: string } => {
  const [message, messageEn] = MESSAGES[code](detail);
  return { code, message, messageEn };
};
