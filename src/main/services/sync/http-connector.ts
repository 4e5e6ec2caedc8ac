import type { SyncConnector } from './connector';
import { contractAnswer, exchangeWithCrm, type CrmEndpoint } from './crm-http';
import { changesPageSchema, pushResponseSchema, type PushEntry } from './wire';

export interface HttpConnectorOptions extends Omit<CrmEndpoint, 'timeoutMs'> {
  /** A request that takes longer is abandoned and retried later (a hung proxy must not stall sync). */
  timeoutMs?: number;
}

/** Speaks docs/SYNC.md over HTTP(S): `GET /v1/changes` and `POST /v1/outbox`. */
export function createHttpConnector({ baseUrl, token, timeoutMs = 15_000 }: HttpConnectorOptions): SyncConnector {
  const endpoint: CrmEndpoint = { baseUrl, token, timeoutMs };
  return {
    pull: async (cursor, limit) =>
      contractAnswer(await exchangeWithCrm(endpoint, `/v1/changes?${new URLSearchParams({ after: cursor, limit: String(limit) })}`), changesPageSchema),
    push: async (entries: readonly PushEntry[]) => {
      const answer = await exchangeWithCrm(endpoint, '/v1/outbox', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ entries }),
      });
      return contractAnswer(answer, pushResponseSchema).results;
    },
  };
}
