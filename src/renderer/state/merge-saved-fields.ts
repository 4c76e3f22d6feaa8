import type { Activity } from '../../shared/domain/activity';

/**
 * The cached activity with the fields of `patch` taken from the core's answer, every other
 * field left as the cache holds it: an answer to one save must not overwrite what another
 * save, still on its way, has just shown.
 */
export const mergeSavedFields = (
  cached: Activity,
  answer: Activity,
  patch: Record<string, unknown>,
): Activity => {
  const saved: Record<string, unknown> = {};
  const fromAnswer = answer as Record<string, unknown>;
  for (const key of Object.keys(patch)) saved[key] = fromAnswer[key];
  return { ...cached, ...saved };
};
