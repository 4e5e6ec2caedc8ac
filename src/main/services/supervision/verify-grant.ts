import { rosterSipAddress, type Roster } from '@shared/domain/roster';
import {
  grantClockSkewMs,
  modeAllowed,
  parseGrant,
  type GrantPayload,
  type GrantRefusalReason,
  type GrantVerifyRequest,
  type ParsedGrant,
  type VerifiedGrant,
} from '@shared/domain/supervision';
import { inTransaction, type Store } from '../../store/connection';
import { writeAudit } from '../../store/queries/audit';
import { grantNonceUsed, supervisionKeyValidAt, useGrantNonce } from '../../store/queries/supervision';
import { ed25519Verifies } from './ed25519';

export type GrantCheck = { accepted: true; grant: VerifiedGrant } | { accepted: false; reason: GrantRefusalReason };

/** The first rule a parsed grant breaks, in the order that says the most (a forged grant is "forged", whatever it claims). */
function firstBrokenRule(store: Store, { payload, signed, signature }: ParsedGrant, request: GrantVerifyRequest, roster: Roster, now: number): GrantRefusalReason | null {
  const publicKey = supervisionKeyValidAt(store, payload.kid, payload.issuedAt);
  if (publicKey === null) return 'unknown-key';
  if (!ed25519Verifies(publicKey, signed, signature)) return 'forged';
  if (now > payload.expiresAt + grantClockSkewMs || now < payload.issuedAt - grantClockSkewMs) return 'expired';
  if (grantNonceUsed(store, payload.nonce)) return 'replayed';
  const me = roster.me;
  if (me === null || me.id !== payload.agentId || me.sipAddress !== rosterSipAddress(payload.agentSip)) return 'wrong-agent';
  const caller = rosterSipAddress(request.fromSipAddress);
  if (caller === null || caller !== rosterSipAddress(payload.supervisorSip)) return 'wrong-supervisor';
  if (!modeAllowed(request.mode, payload.maxMode)) return 'mode-not-granted';
  return null;
}

/**
 * Checks a monitoring call's grant on the agent's console: signed by a CRM
 * key of the feed valid when the grant was issued, not expired (give or take `grantClockSkewMs`
 * of clock difference), never used before, for this console's user, from
 * the supervisor it names, allowing the mode asked for. An accepted grant's
 * nonce is stored in the same transaction as the check, so the same grant
 * is refused the second time even when two calls race. Every answer is
 * audited, refusals with their reason and the ids the grant names — never
 * the token itself.
 */
export function verifyGrant(store: Store, request: GrantVerifyRequest, roster: Roster, now = Date.now()): GrantCheck {
  const parsed = parseGrant(request.grant);
  const audit = (action: string, payload: GrantPayload | undefined, reason?: GrantRefusalReason) =>
    writeAudit(store, {
      at: now,
      actor: 'supervision',
      action,
      entity: 'supervision-grant',
      details: { ...(reason === undefined ? {} : { reason }), supervisorId: payload?.supervisorId ?? null, agentId: payload?.agentId ?? null, mode: request.mode, kid: payload?.kid ?? null },
    });
  return inTransaction(store, (): GrantCheck => {
    if (parsed === null) {
      audit('supervision.grant-refused', undefined, 'malformed');
      return { accepted: false, reason: 'malformed' };
    }
    const { payload } = parsed;
    const reason = firstBrokenRule(store, parsed, request, roster, now);
    if (reason !== null) {
      audit('supervision.grant-refused', payload, reason);
      return { accepted: false, reason };
    }
    useGrantNonce(store, payload.nonce, now, payload.expiresAt + grantClockSkewMs);
    audit('supervision.grant-accepted', payload);
    const supervisor = roster.agents.find((agent) => agent.id === payload.supervisorId);
    return {
      accepted: true,
      grant: {
        supervisorId: payload.supervisorId,
        supervisorName: supervisor?.displayName ?? payload.supervisorId,
        agentId: payload.agentId,
        maxMode: payload.maxMode,
        expiresAt: payload.expiresAt,
      },
    };
  });
}
