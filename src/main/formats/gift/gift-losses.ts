import type { Question } from '../../../shared/domain/question';

const hasFiles = (q: Question): boolean => JSON.stringify(q).includes('"mediaId"');

const combined = (q: Question): boolean =>
  'combinedFeedback' in q &&
  (q.combinedFeedback.correct.text !== '' ||
    q.combinedFeedback.partiallyCorrect.text !== '' ||
    q.combinedFeedback.incorrect.text !== '' ||
    q.combinedFeedback.showNumCorrect);

/**
 * What GIFT drops from a question it can write (README §4.3), in French and English; an empty
 * list when nothing is lost.
 */
export const giftLosses = (q: Question): [string, string][] => {
  const losses: [string, string][] = [];
  if (hasFiles(q)) losses.push(['fichiers (images)', 'files (images)']);
  if (q.hints.length > 0) losses.push(['indices', 'hints']);
  if (combined(q)) losses.push(['rétroaction combinée', 'combined feedback']);
  if (q.type === 'numerical' && q.units.length > 0) losses.push(['unités', 'units']);
  // Moodle writes a `*` answer as `~#…`, which its reader then drops.
  if (q.type === 'numerical' && q.answers.some((a) => a.value === '*' || a.value === '')) {
    losses.push([
      'réponse « toute valeur » (*) : illisible au retour',
      'the "any value" (*) answer: cannot be read back',
    ]);
  }
  if (q.type === 'multichoice' && q.showStandardInstruction) {
    losses.push(['consigne standard', 'standard instruction']);
  }
  if (q.type === 'multichoice' && q.answers.every((a) => a.fraction === 1)) {
    losses.push([
      'type (relu comme réponse courte : aucune réponse fausse)',
      'type (read back as short answer: no wrong answer)',
    ]);
  }
  if (q.type === 'essay' && q.graderInfo.text !== '') {
    losses.push(['informations pour les évaluateurs', 'grader information']);
  }
  if (q.type === 'description' && q.generalFeedback.text !== '') {
    losses.push(['rétroaction générale', 'general feedback']);
  }
  return losses;
};
