import type { Question } from '../domain/question';
import type { QuizSettings } from '../domain/quiz-settings';
import { penalisedFraction } from './penalised-fraction';
import type { QuestionResponse } from './question-response';
import { sameResponse } from './same-response';
import { scoreAttempts } from './score-attempts';
import { scoreResponse } from './score-response';
import type { ScoreResult } from './score-result';

export type QuestionBehaviour = QuizSettings['preferredBehaviour'];

/**
 * How a question is tried: answered then marked at the end (`deferred`), one checked try
 * (`immediate`), checked tries with hints, the finishing one marked (`interactive`), or checked
 * as often as wanted, the best try kept (`adaptive`).
 */
export type TryMode = 'deferred' | 'immediate' | 'interactive' | 'adaptive';

/** One response sent for grading: "Vérifier", or the current response at "Tout envoyer". */
export interface ScoredTry {
  response: QuestionResponse;
  /** The response's own grade, before any penalty. */
  result: ScoreResult;
  /** False when Moodle grades nothing: an invalid response, or (adaptive) the last graded one again. */
  graded: boolean;
  /** The question's fraction once this try is graded; null while the behaviour keeps it hidden. */
  fraction: number | null;
  /** Graded at "Tout envoyer et terminer" rather than by "Vérifier". */
  final: boolean;
}

/** Where a question stands after its tries. */
export interface TriesOutcome {
  mode: TryMode;
  /** The share of the mark lost per earlier try (0 where the behaviour takes none). */
  penalty: number;
  tries: ScoredTry[];
  /** Graded "Vérifier" tries. */
  triesUsed: number;
  /** Checked tries still allowed (immediate, interactive); null when unlimited or not checked. */
  triesLeft: number | null;
  finished: boolean;
  /** The final fraction once finished; in adaptive the best so far; otherwise null. */
  fraction: number | null;
}

const modeOf = (behaviour: QuestionBehaviour, question: Question): TryMode => {
  // Moodle gives essays the manual-graded behaviour and descriptions the information item,
  // whatever the quiz's behaviour: nothing to check before the end.
  if (question.type === 'essay' || question.type === 'description' || question.type === 'kept')
    return 'deferred';
  switch (behaviour) {
    case 'deferredfeedback':
    case 'deferredcbm':
      return 'deferred';
    case 'immediatefeedback':
    case 'immediatecbm':
      return 'immediate';
    case 'interactive':
      return 'interactive';
    case 'adaptive':
    case 'adaptivenopenalty':
      return 'adaptive';
  }
};

const scored = (
  question: Question,
  response: QuestionResponse,
  final: boolean,
  fraction: (raw: number) => number | null,
): ScoredTry => {
  const result = scoreResponse(question, response);
  const valid = result.fraction !== null;
  return {
    response,
    result,
    graded: valid,
    fraction: result.fraction === null ? null : fraction(result.fraction),
    final,
  };
};

/** Answered, then marked once at the end (deferred feedback, and what cannot be checked). */
const deferred = (question: Question, final?: QuestionResponse): Omit<TriesOutcome, 'mode'> => {
  const last = final === undefined ? null : scored(question, final, true, (raw) => raw);
  return {
    penalty: 0,
    tries: last ? [last] : [],
    triesUsed: 0,
    triesLeft: null,
    finished: last !== null,
    fraction: last?.fraction ?? null,
  };
};

/** One graded try finishes the question, at its fraction (immediate feedback). */
const immediate = (
  question: Question,
  checks: readonly QuestionResponse[],
  final?: QuestionResponse,
): Omit<TriesOutcome, 'mode'> => {
  const tries: ScoredTry[] = [];
  for (const response of checks) {
    tries.push(scored(question, response, false, (raw) => raw));
    if (tries.at(-1)?.graded === true) break;
  }
  const checked = tries.some((t) => t.graded);
  if (!checked && final !== undefined) tries.push(scored(question, final, true, (raw) => raw));
  const last = tries.at(-1);
  const finished = checked || final !== undefined;
  return {
    penalty: 0,
    tries,
    triesUsed: checked ? 1 : 0,
    triesLeft: checked ? 0 : 1,
    finished,
    fraction: finished ? (last?.fraction ?? null) : null,
  };
};

/**
 * Hints + 1 tries; a right try or the last one finishes the question at its fraction less the
 * penalty for each try before it, as does "Tout envoyer" (qbehaviour_interactive).
 */
const interactive = (
  question: Question,
  checks: readonly QuestionResponse[],
  final?: QuestionResponse,
): Omit<TriesOutcome, 'mode'> => {
  const total = question.hints.length + 1;
  const tries: ScoredTry[] = [];
  let used = 0;
  let finished = false;
  for (const response of checks) {
    const before = used;
    const attempt = scored(question, response, false, (raw) =>
      penalisedFraction(raw, question.penalty, before),
    );
    if (attempt.graded) {
      used += 1;
      finished = attempt.result.state === 'gradedright' || used === total;
      // Before the question finishes, its mark is not shown.
      if (!finished) attempt.fraction = null;
    }
    tries.push(attempt);
    if (finished) break;
  }
  if (!finished && final !== undefined) {
    tries.push(
      scored(question, final, true, (raw) => penalisedFraction(raw, question.penalty, used)),
    );
    finished = true;
  }
  return {
    penalty: question.penalty,
    tries,
    triesUsed: used,
    triesLeft: total - used,
    finished,
    fraction: finished ? (tries.at(-1)?.fraction ?? null) : null,
  };
};

/**
 * Any number of tries while the response changes; the question keeps the best of each try less
 * the penalty for the tries before it (`scoreAttempts`); "Tout envoyer" grades the current
 * response once more, as a new try only if it changed (qbehaviour_adaptive).
 */
const adaptive = (
  question: Question,
  penalty: number,
  checks: readonly QuestionResponse[],
  final?: QuestionResponse,
): Omit<TriesOutcome, 'mode'> => {
  const rated = { ...question, penalty };
  const graded: QuestionResponse[] = [];
  const tries: ScoredTry[] = [];
  let best: number | null = null;
  const sent = final === undefined ? checks : [...checks, final];
  for (const [i, response] of sent.entries()) {
    const isFinal = final !== undefined && i === checks.length;
    const result = scoreResponse(question, response);
    const previous = graded.at(-1);
    const repeat = previous !== undefined && sameResponse(previous, response);
    if (result.fraction !== null && !repeat) {
      graded.push(response);
      best = scoreAttempts(rated, graded).fraction;
    }
    // The last graded response sent again at the end is graded again, not a new try.
    const shown = result.fraction !== null && (!repeat || isFinal);
    tries.push({ response, result, graded: shown, fraction: best, final: isFinal });
  }
  return {
    penalty,
    tries,
    triesUsed: graded.length,
    triesLeft: null,
    finished: final !== undefined,
    fraction: best,
  };
};

/**
 * A question's tries under the quiz's behaviour, with Moodle's arithmetic: `checks` are the
 * responses sent with "Vérifier", in order; `final` is the current response when the whole
 * attempt is submitted ("Tout envoyer et terminer"), which finishes a question still open.
 * An invalid response (nothing chosen, not a number) is never a try.
 */
export const scoreTries = (
  behaviour: QuestionBehaviour,
  question: Question,
  checks: readonly QuestionResponse[],
  final?: QuestionResponse,
): TriesOutcome => {
  const mode = modeOf(behaviour, question);
  switch (mode) {
    case 'deferred':
      return { mode, ...deferred(question, final) };
    case 'immediate':
      return { mode, ...immediate(question, checks, final) };
    case 'interactive':
      return { mode, ...interactive(question, checks, final) };
    case 'adaptive':
      return {
        mode,
        ...adaptive(question, behaviour === 'adaptive' ? question.penalty : 0, checks, final),
      };
  }
};
