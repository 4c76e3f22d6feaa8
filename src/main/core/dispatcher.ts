import { AppError } from '../../shared/contract/app-error';
import { isMethodName, methods, type MethodName } from '../../shared/contract/methods';
import type { Result } from '../../shared/contract/result';
import { formatZodIssues } from './format-zod-issues';
import type { Handler, HandlerContext, HandlerMap } from './handlers/handler-types';

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

const failure = (error: AppError): Result<never> => ({ ok: false, error: error.toData() });

const internal = (method: string): AppError =>
  new AppError(
    'internal',
    `Erreur interne pendant « ${method} » : réessayez ; si elle persiste, signalez-la avec le journal.`,
    `Internal error during "${method}": try again; if it persists, report it with the log.`,
    { method },
  );

const isAppError = (error: unknown): error is AppError =>
  error instanceof AppError ||
  (error instanceof Error && error.name === 'AppError' && 'toData' in error);

/**
 * The trust boundary of the core. Every call, from any transport, goes through here:
 * unknown method → `unknown_method`; input parsed with the method's schema → `invalid_input`
 * with the issues; handler; output parsed (a mismatch is our bug: `internal`, logged).
 * Calls run one at a time: the core is the single writer, and a restore or a close must not
 * interleave with an edit. Nothing thrown escapes: the promise always resolves.
 */
export const createDispatcher = (
  handlers: HandlerMap,
  context: HandlerContext,
  log: (message: string, error: unknown) => void,
): Dispatch => {
  let queue: Promise<unknown> = Promise.resolve();

  const run = async (method: string, input: unknown): Promise<Result<unknown>> => {
    if (!isMethodName(method)) {
      return failure(
        new AppError(
          'unknown_method',
          `Méthode inconnue : « ${method.slice(0, 100)} ». Mettez à jour le client ou vérifiez le nom.`,
          `Unknown method: "${method.slice(0, 100)}". Update the client or check the name.`,
          { method: method.slice(0, 100) },
        ),
      );
    }
    const contract = methods[method];
    const parsed = contract.input.safeParse(input);
    if (!parsed.success) {
      return failure(
        new AppError(
          'invalid_input',
          `Données invalides pour « ${method} » : corrigez les champs signalés.`,
          `Invalid input for "${method}": fix the reported fields.`,
          { method, issues: formatZodIssues(parsed.error) },
        ),
      );
    }
    try {
      // The map is indexed by the same key as the schema: the pair is consistent by construction.
      const handler = handlers[method] as Handler<MethodName>;
      const value: unknown = await handler(parsed.data, context);
      const output = contract.output.safeParse(value);
      if (!output.success) {
        log(`output of ${method} does not match its schema`, formatZodIssues(output.error));
        return failure(internal(method));
      }
      return { ok: true, value: output.data };
    } catch (error) {
      if (isAppError(error)) return failure(error);
      log(`handler ${method} failed`, error);
      return failure(internal(method));
    }
  };

  return (method, input) => {
    const name = typeof method === 'string' ? method : String(method);
    const result = queue.then(() => run(name, input));
    queue = result.catch(() => undefined);
    return result.catch((error: unknown) => {
      log(`dispatch of ${name} failed`, error);
      return failure(internal(name));
    });
  };
};
