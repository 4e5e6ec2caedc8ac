import type { StoreRecovery } from '@shared/domain/store-recovery';

export interface StoreRecoveryNotice {
  /** What to tell the agent, until they dismiss it. */
  current(): StoreRecovery | null;
  dismiss(): void;
}

/**
 * The damaged-database notice of this start. It stays until the agent dismisses it,
 * not until a page first reads it: a reload before the agent looked must not lose it.
 */
export function createStoreRecoveryNotice(recovery: StoreRecovery | null): StoreRecoveryNotice {
  let pending = recovery;
  return {
    current: () => pending,
    dismiss: () => {
      pending = null;
    },
  };
}
