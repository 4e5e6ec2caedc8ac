import { z } from 'zod';
import { supervisionModes, type SupervisionMode } from '@shared/domain/supervision';
import { contractAnswer, exchangeWithCrm, type CrmEndpoint } from './crm-http';

export interface GrantAsk {
  supervisorId: string;
  agentId: string;
  mode: SupervisionMode;
}

/** `POST /v1/supervision/grants` answered 200: the signed token and when it expires. */
export const grantAnswerSchema = z.object({ grant: z.string().min(1), expiresAt: z.number().int() });
/** …or 403: the CRM will not let this supervisor monitor this agent, and says why. */
export const grantRefusalSchema = z.object({ reason: z.string() });

export type GrantAnswer = ({ granted: true } & z.infer<typeof grantAnswerSchema>) | { granted: false; reason: string };

/** What the supervision service needs from a CRM: grants. Throws a SyncTransportError as sync does when it cannot get an answer. */
export interface GrantClient {
  requestGrant(ask: GrantAsk): Promise<GrantAnswer>;
}

export const grantRequestBodySchema = z.object({ supervisorId: z.string().min(1), agentId: z.string().min(1), mode: z.enum(supervisionModes) });

/**
 * Speaks the grants endpoint of docs/SYNC.md. A supervisor waits on the
 * answer, so it times out sooner than sync. A 403 whose body carries a
 * reason is the CRM's refusal; a 403 without one is a refused token.
 */
export function createGrantClient({ baseUrl, token, timeoutMs = 5_000 }: Omit<CrmEndpoint, 'timeoutMs'> & { timeoutMs?: number }): GrantClient {
  return {
    requestGrant: async (ask) => {
      const answer = await exchangeWithCrm({ baseUrl, token, timeoutMs }, '/v1/supervision/grants', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ask),
      });
      const refusal = answer.status === 403 ? grantRefusalSchema.safeParse(answer.body) : null;
      if (refusal?.success) return { granted: false, reason: refusal.data.reason };
      return { granted: true, ...contractAnswer(answer, grantAnswerSchema) };
    },
  };
}
