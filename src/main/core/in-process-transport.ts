import type { Transport } from '../../shared/contract/transport';
import type { AppContext } from './app-context-api';

/**
 * The transport of the CLI and the tests: calls the dispatcher directly. Inputs and outputs
 * go through a JSON round trip so callers see exactly what IPC or WebSocket would give them
 * (no shared object references, no Dates, no undefined).
 */
export const createInProcessTransport = (context: AppContext): Transport => ({
  async invoke(method, input) {
    let copy: unknown = input;
    try {
      copy = structuredClone(input);
    } catch {
      // Not clonable (a function…): the dispatcher's schema check refuses it as invalid input.
    }
    const result = await context.dispatch(method, copy);
    return JSON.parse(JSON.stringify(result)) as typeof result;
  },
  subscribe: (listener) =>
    context.subscribe((event) => {
      listener(JSON.parse(JSON.stringify(event)) as typeof event);
    }),
});
