import type { SyncStatus } from '@shared/domain/sync-status';
import type { Store } from '../../store/connection';
import type { SecretStore } from '../secrets/secret-store';
import { readSettings } from '../settings/settings-store';
import { savedCrmEndpoint } from './crm-connection-store';
import { createHttpConnector } from './http-connector';
import { startSyncService, type SyncService } from './sync-service';

export interface SyncController {
  status(): SyncStatus;
  syncNow(): Promise<SyncStatus>;
  /** The CRM address or token changed: the service starts over with the new connection. */
  reconnect(): Promise<void>;
  stop(): Promise<void>;
}

/** The console's one sync service, built from the saved CRM connection and rebuilt when it changes. */
export function createSyncController(store: Store, secrets: SecretStore, onStatus: (status: SyncStatus) => void): SyncController {
  const start = (): SyncService => {
    const endpoint = savedCrmEndpoint(store, secrets);
    return startSyncService({
      store,
      connector: endpoint ? createHttpConnector(endpoint) : null,
      defaultCountry: () => readSettings(store).defaultCountry,
      onStatus,
    });
  };
  let service = start();
  return {
    status: () => service.status(),
    syncNow: async () => {
      await service.syncNow();
      return service.status();
    },
    reconnect: async () => {
      await service.stop();
      service = start();
      onStatus(service.status());
    },
    stop: () => service.stop(),
  };
}
