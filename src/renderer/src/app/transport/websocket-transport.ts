import type { ContractTransport } from '@shared/contract/client';
import type { Result } from '@shared/contract/error';
import type { EventName } from '@shared/contract/events';
import type { MethodName } from '@shared/contract/methods';
import { wireServerMessageSchema } from '@shared/contract/wire';

const reconnectDelaysMs = [250, 500, 1000, 2000, 5000];

interface Pending {
  resolve: (result: Result<unknown>) => void;
}

/**
 * The browser shell: contract calls over the host's loopback WebSocket. Calls
 * made while the socket is down wait for it; calls in flight when it drops
 * are answered with `unavailable` so that no caller hangs.
 */
export function createWebSocketTransport(endpoint: string): ContractTransport {
  const pending = new Map<number, Pending>();
  const queued: string[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let socket: WebSocket;
  let attempt = 0;

  const connect = () => {
    socket = new WebSocket(endpoint);
    socket.addEventListener('open', () => {
      attempt = 0;
      for (const message of queued.splice(0)) socket.send(message);
    });
    socket.addEventListener('message', (event) => {
      const parsed = wireServerMessageSchema.safeParse(JSON.parse(String(event.data)));
      if (!parsed.success) return;
      const message = parsed.data;
      if ('event' in message) {
        listeners.get(message.event)?.forEach((listener) => listener(message.payload));
        return;
      }
      if (message.id === null) return;
      const call = pending.get(message.id);
      pending.delete(message.id);
      call?.resolve(message.ok ? { ok: true, value: message.value } : { ok: false, error: message.error });
    });
    socket.addEventListener('close', () => {
      // Calls not yet sent are answered below: sending them after a reconnection would run them twice.
      queued.length = 0;
      for (const call of pending.values()) {
        call.resolve({ ok: false, error: { code: 'unavailable', message: 'Connection to the Parley host was lost' } });
      }
      pending.clear();
      const delay = reconnectDelaysMs[Math.min(attempt, reconnectDelaysMs.length - 1)];
      attempt += 1;
      setTimeout(connect, delay);
    });
  };
  connect();

  return {
    call: (method: MethodName, params: unknown) =>
      new Promise<Result<unknown>>((resolve) => {
        const id = nextId++;
        pending.set(id, { resolve });
        const message = JSON.stringify({ id, method, params });
        if (socket.readyState === WebSocket.OPEN) socket.send(message);
        else queued.push(message);
      }),
    subscribe: (event: EventName, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
}
