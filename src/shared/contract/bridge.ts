import type { ContractTransport } from './client';

/** What the Electron preload exposes on `window.parley`: the contract's transport and nothing else. */
export type ParleyBridge = ContractTransport;

export const bridgeGlobalName = 'parley';
