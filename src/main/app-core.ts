import { createDispatcher, type Dispatch } from '@shared/contract/dispatcher';
import type { EventName, EventPayload } from '@shared/contract/events';
import { createHandlers } from './services/handlers';
import type { SecretStore } from './services/secrets/secret-store';
import type { OpenStoreOptions, Store } from './store/database';
import { openAppStore } from './store/open-app-store';

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface AppCore {
  dispatch: Dispatch;
  store: Store;
  /** Subscribes a shell to the events main pushes; returns the unsubscribe. */
  onEvent(listener: EventListener): () => void;
  close(): void;
}

export interface AppCoreOptions extends OpenStoreOptions {
  dataDir: string;
  shell: 'electron' | 'web';
  version: string;
  demoData: boolean;
  /** Made from the data folder: the OS keychain in Electron, a file in the browser shell. */
  createSecretStore(dataDir: string, store: Store): SecretStore;
}

/** The console's services behind the contract, independent of the shell that carries it. */
export function startAppCore(options: AppCoreOptions): AppCore {
  const store = openAppStore(options.dataDir, options);
  const listeners = new Set<EventListener>();
  const handlers = createHandlers({
    store,
    secrets: options.createSecretStore(options.dataDir, store),
    shell: options.shell,
    version: options.version,
    emit: (event, payload) => listeners.forEach((listener) => listener(event, payload)),
  });
  const dispatch = createDispatcher(handlers, (method, error) => {
    // The error's message and stack, never the request: it may carry customer data.
    console.error(`[parley] ${method} failed:`, error instanceof Error ? (error.stack ?? error.message) : 'non-error thrown');
  });
  return {
    dispatch,
    store,
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => store.close(),
  };
}
