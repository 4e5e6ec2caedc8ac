import type { Result } from './error';
import { events, type EventName, type EventPayload } from './events';
import type { MethodName, RequestInput, ResponseOf } from './methods';

/** What a shell provides to carry contract calls and events (Electron IPC or a WebSocket). */
export interface ContractTransport {
  call(method: MethodName, params: unknown): Promise<Result<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

export interface ContractClient {
  call<M extends MethodName>(method: M, params: RequestInput<M>): Promise<Result<ResponseOf<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createContractClient(transport: ContractTransport): ContractClient {
  return {
    // The main side validates the response against the contract before sending it.
    call: (method, params) => transport.call(method, params) as never,
    on: (event, listener) =>
      transport.subscribe(event, (payload) => {
        const parsed = events[event].safeParse(payload);
        if (parsed.success) listener(parsed.data as never);
        else console.warn(`Dropped malformed ${event} event`, parsed.error.issues);
      }),
  };
}
