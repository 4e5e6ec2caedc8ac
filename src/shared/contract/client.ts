import type { ContractError, Result } from './error';
import { events, type EventName, type EventPayload } from './events';
import type { ErrorOf, MethodName, RequestInput, ResponseOf } from './methods';

/** `lost`: main is out of reach (calls wait or fail `unavailable`); `reconnected`: it is back, events flow again. */
export type ConnectionChange = 'lost' | 'reconnected';

/** What a shell provides to carry contract calls and events (Electron IPC or a WebSocket). */
export interface ContractTransport {
  call(method: MethodName, params: unknown): Promise<Result<unknown, ContractError>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
  /**
   * Only where the connection can drop (the browser shell's socket; Electron IPC
   * cannot): told the moment it is lost and the moment it is back, so pages can
   * resend what main has not acknowledged and re-read what may have changed.
   */
  onConnectionChange?(listener: (change: ConnectionChange) => void): () => void;
}

export interface ContractClient {
  call<M extends MethodName>(method: M, params: RequestInput<M>): Promise<Result<ResponseOf<M>, ErrorOf<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** See ContractTransport.onConnectionChange; never called over a transport that cannot drop. */
  onConnectionChange(listener: (change: ConnectionChange) => void): () => void;
}

export function createContractClient(transport: ContractTransport): ContractClient {
  return {
    // The main side validates the response, and an error against the method's declared kinds, before sending it.
    call: (method, params) => transport.call(method, params) as never,
    on: (event, listener) =>
      transport.subscribe(event, (payload) => {
        const parsed = events[event].safeParse(payload);
        if (parsed.success) listener(parsed.data as never);
        else console.warn(`Dropped malformed ${event} event`, parsed.error.issues);
      }),
    onConnectionChange: (listener) => transport.onConnectionChange?.(listener) ?? (() => {}),
  };
}
