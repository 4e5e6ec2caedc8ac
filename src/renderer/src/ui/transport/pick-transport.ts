import { bridgeGlobalName, type ParleyBridge } from '@shared/contract/bridge';
import type { ContractTransport } from '@shared/contract/client';
import { takePageToken } from './page-token';
import { createWebSocketTransport } from './websocket-transport';

/**
 * Chosen once at start-up: the Electron preload's bridge when it is there
 * (it already is a contract transport), otherwise the browser shell's
 * WebSocket, authorized by the page's token.
 */
export function pickTransport(): ContractTransport {
  const bridge = (window as unknown as Record<string, ParleyBridge | undefined>)[bridgeGlobalName];
  if (bridge) return bridge;
  const endpoint = new URL(`/contract?token=${encodeURIComponent(takePageToken())}`, window.location.href);
  endpoint.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';
  return createWebSocketTransport(endpoint.href);
}
