import type { z } from 'zod';
import { SyncTransportError, type SyncConnector } from './connector';
import { changesPageSchema, pushResponseSchema, type PushEntry } from './wire';

export interface HttpConnectorOptions {
  /** Base URL of the CRM's sync endpoint, e.g. https://crm.example.com/parley (no trailing /v1). */
  baseUrl: string;
  /** Sent as `Authorization: Bearer …`; kept in the SecretStore, never in settings or logs. */
  token: string | null;
  /** A request that takes longer is abandoned and retried later (a hung proxy must not stall sync). */
  timeoutMs?: number;
}

/** A refused token reads the same whatever body came with it; 2xx with a bad body, or another error, as given. */
function problemOfStatus(status: number, otherwise: SyncTransportError['kind']): SyncTransportError['kind'] {
  if (status === 401 || status === 403) return 'unauthorized';
  return status >= 200 && status < 300 ? otherwise : 'server-error';
}

/** Speaks docs/SYNC.md over HTTP(S): `GET /v1/changes` and `POST /v1/outbox`. */
export function createHttpConnector({ baseUrl, token, timeoutMs = 15_000 }: HttpConnectorOptions): SyncConnector {
  const root = baseUrl.replace(/\/+$/, '');

  async function request<T>(path: string, schema: z.ZodType<T>, init: RequestInit = {}): Promise<T> {
    const headers = new Headers(init.headers);
    headers.set('accept', 'application/json');
    if (token) headers.set('authorization', `Bearer ${token}`);
    let response: Response;
    try {
      response = await fetch(`${root}${path}`, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw new SyncTransportError(`CRM unreachable: ${error instanceof Error ? error.message : 'request failed'}`, 'unreachable', { cause: error });
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      throw new SyncTransportError(`CRM answered ${response.status} without readable JSON`, problemOfStatus(response.status, 'bad-answer'), { cause: error });
    }
    if (!response.ok) throw new SyncTransportError(`CRM answered ${response.status}`, problemOfStatus(response.status, 'server-error'));
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new SyncTransportError(`CRM answer breaks the contract at "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`, 'bad-answer');
    }
    return parsed.data;
  }

  return {
    pull: (cursor, limit) =>
      request(`/v1/changes?${new URLSearchParams({ after: cursor, limit: String(limit) })}`, changesPageSchema),
    push: async (entries: readonly PushEntry[]) => {
      const { results } = await request('/v1/outbox', pushResponseSchema, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ entries }),
      });
      return results;
    },
  };
}
