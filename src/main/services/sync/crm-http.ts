import type { z } from 'zod';
import { SyncTransportError } from './connector';

export interface CrmEndpoint {
  /** Base URL of the CRM's endpoint, e.g. https://crm.example.com/parley (no trailing /v1). */
  baseUrl: string;
  /** Sent as `Authorization: Bearer …`; kept in the SecretStore, never in settings or logs. */
  token: string | null;
  /** A request that takes longer is abandoned (a hung proxy must not stall the console). */
  timeoutMs: number;
}

export interface CrmAnswer {
  status: number;
  body: unknown;
}

/** A refused token reads the same whatever body came with it; 2xx with a bad body, or another error, as given. */
function problemOfStatus(status: number, otherwise: SyncTransportError['kind']): SyncTransportError['kind'] {
  if (status === 401 || status === 403) return 'unauthorized';
  return status >= 200 && status < 300 ? otherwise : 'server-error';
}

/**
 * One JSON request to the CRM (docs/SYNC.md): its status and parsed body.
 * Throws a SyncTransportError when the CRM is out of reach, too slow, or
 * answers without JSON; what the status means is the caller's to decide.
 */
export async function exchangeWithCrm({ baseUrl, token, timeoutMs }: CrmEndpoint, path: string, init: RequestInit = {}): Promise<CrmAnswer> {
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json');
  if (token) headers.set('authorization', `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(`${baseUrl.replace(/\/+$/, '')}${path}`, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new SyncTransportError(`CRM unreachable: ${error instanceof Error ? error.message : 'request failed'}`, 'unreachable', { cause: error });
  }
  try {
    return { status: response.status, body: await response.json() };
  } catch (error) {
    throw new SyncTransportError(`CRM answered ${response.status} without readable JSON`, problemOfStatus(response.status, 'bad-answer'), { cause: error });
  }
}

/** The body of a successful answer in the contract's shape; any other status or shape throws a SyncTransportError. */
export function contractAnswer<T>({ status, body }: CrmAnswer, schema: z.ZodType<T>): T {
  if (status < 200 || status >= 300) throw new SyncTransportError(`CRM answered ${status}`, problemOfStatus(status, 'server-error'));
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SyncTransportError(`CRM answer breaks the contract at "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`, 'bad-answer');
  }
  return parsed.data;
}
