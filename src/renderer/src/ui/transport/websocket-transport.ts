import type { ConnectionChange, ContractTransport } from '@shared/contract/client';
import type { Result } from '@shared/contract/error';
import type { EventName } from '@shared/contract/events';
import type { MethodName } from '@shared/contract/methods';
import { maxRequestBytes, requestTooLarge, wireServerMessages } from '@shared/contract/wire';

/** Capped at 2 s: a restarted host is found again within that of coming back. */
const reconnectDelaysMs = [250, 500, 1000, 2000];

interface Pending {
  resolve: (result: Result<unknown>) => void;
}

/** UTF-8 takes at most three bytes per UTF-16 unit: only a long message is worth encoding to measure. */
function byteLength(message: string): number {
  return message.length * 3 <= maxRequestBytes ? message.length : new TextEncoder().encode(message).length;
}

/**
 * The browser shell: contract calls over the host's loopback WebSocket. Calls
 * made while the socket is down wait for it; calls in flight when it drops
 * are answered with `unavailable` so that no caller hangs. The socket is
 * reopened for as long as the page lives (the host keeps its token across
 * restarts), and listeners are told when it is lost and when it is back.
 */
export function createWebSocketTransport(endpoint: string): ContractTransport {
  const pending = new Map<number, Pending>();
  const queued: string[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const connectionListeners = new Set<(change: ConnectionChange) => void>();
  let nextId = 1;
  let socket: WebSocket;
  let attempt = 0;
  let lost = false;

  const announce = (change: ConnectionChange) => connectionListeners.forEach((listener) => listener(change));

  const connect = () => {
    socket = new WebSocket(endpoint);
    socket.addEventListener('open', () => {
      attempt = 0;
      for (const message of queued.splice(0)) socket.send(message);
      if (lost) {
        lost = false;
        announce('reconnected');
      }
    });
    socket.addEventListener('message', (event) => {
      for (const message of wireServerMessages(String(event.data))) {
        if ('event' in message) {
          listeners.get(message.event)?.forEach((listener) => listener(message.payload));
          continue;
        }
        if (message.id === null) continue;
        const call = pending.get(message.id);
        pending.delete(message.id);
        call?.resolve(message.ok ? { ok: true, value: message.value } : { ok: false, error: message.error });
      }
    });
    socket.addEventListener('close', () => {
      // Calls not yet sent are answered below: sending them after a reconnection would run them twice.
      queued.length = 0;
      for (const call of pending.values()) {
        call.resolve({ ok: false, error: { code: 'unavailable', message: 'Connection to the Parley host was lost' } });
      }
      pending.clear();
      if (!lost) {
        lost = true;
        announce('lost');
      }
      const delay = reconnectDelaysMs[Math.min(attempt, reconnectDelaysMs.length - 1)];
      attempt += 1;
      setTimeout(connect, delay);
    });
  };
  connect();

  return {
    call: (method: MethodName, params: unknown) =>
      new Promise<Result<unknown>>((resolve) => {
        const message = JSON.stringify({ id: nextId, method, params });
        const bytes = byteLength(message);
        // The host would refuse it too; saying so here keeps the socket, and every call on it, alive.
        if (bytes > maxRequestBytes) {
          resolve({ ok: false, error: requestTooLarge(bytes) });
          return;
        }
        pending.set(nextId++, { resolve });
        if (socket.readyState === WebSocket.OPEN) socket.send(message);
        else queued.push(message);
      }),
    subscribe: (event: EventName, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    onConnectionChange: (listener) => {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
  };
}
