import { AppError } from './app-error';
import type { EventName, EventPayload } from './events';
import type { MethodInput, MethodName, MethodOutput } from './methods';
import type { Result } from './result';
import type { Transport } from './transport';

/** A typed face on a transport. `call` returns the result; `invoke` throws an `AppError`. */
export interface Client {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export const createClient = (transport: Transport): Client => {
  const call = async <M extends MethodName>(
    method: M,
    input: MethodInput<M>,
  ): Promise<Result<MethodOutput<M>>> =>
    (await transport.invoke(method, input)) as Result<MethodOutput<M>>;
  return {
    call,
    async invoke(method, input) {
      const result = await call(method, input);
      if (!result.ok) {
        const { code, message, messageEn, details } = result.error;
        throw new AppError(code, message, messageEn, details);
      }
      return result.value;
    },
    on(name, listener) {
      return transport.subscribe((event) => {
        if (event.name === name) listener(event.payload as EventPayload<typeof name>);
      });
    },
  };
};
