import { generateKeyPairSync, randomBytes, randomUUID, sign } from 'node:crypto';
import { rosterRoles, rosterSipAddress, watchedTeams, type RosterAgent } from '../../src/shared/domain/roster';
import { grantSigningInput, grantToken, type GrantPayload } from '../../src/shared/domain/supervision';
import { ed25519PublicKeyBase64 } from '../../src/main/services/supervision/ed25519';
import { grantRequestBodySchema } from '../../src/main/services/sync/grant-client';
import { agentItemSchema, type SupervisionKeyItem } from '../../src/main/services/sync/wire';

/** How long the reference CRM's grants live: half the contract's limit, as a cautious CRM would choose. */
export const referenceGrantLifetimeMs = 30_000;

export interface SupervisionAuthority {
  /** The public key grants are signed with now, as the feed publishes it. */
  readonly keyItem: SupervisionKeyItem;
  /** Signs with a new key from now on; the items to publish: the new key, and the old one retired (its `validUntil` now). */
  rotate(): SupervisionKeyItem[];
  /** Takes note of a published item: `agent` items make the roster grants are decided on. */
  learn(item: unknown): void;
  /** `POST /v1/supervision/grants`: the status and body to answer. */
  grant(body: unknown): { status: number; body: unknown };
}

/**
 * The CRM's half of monitoring authorisation (docs/SYNC.md, "Supervision
 * grants"), as the reference server does it: one Ed25519 key pair made at
 * start, a grant for a supervisor who leads the agent's team by the roster
 * published, 403 with a reason for anyone else; a new key on demand (rotation).
 */
export function createSupervisionAuthority(now: () => number = Date.now): SupervisionAuthority {
  const newKey = () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const item: SupervisionKeyItem = { kind: 'supervision-key', id: `reference-${randomUUID()}`, publicKey: ed25519PublicKeyBase64(publicKey), validFrom: now(), validUntil: null, updatedAt: now() };
    return { item, privateKey };
  };
  let key = newKey();
  const roster = new Map<string, RosterAgent & { updatedAt: number }>();

  const learn = (item: unknown) => {
    const agent = agentItemSchema.safeParse(item);
    if (!agent.success) return;
    const { id, sipAddress, displayName, team, leadsTeams, role, active, updatedAt } = agent.data;
    const address = rosterSipAddress(sipAddress);
    const held = roster.get(id);
    if (address === null || (held !== undefined && held.updatedAt >= updatedAt)) return;
    const knownRole = rosterRoles.find((known) => known === role) ?? 'agent';
    roster.set(id, { id, sipAddress: address, displayName, team, leadsTeams, role: knownRole, active, updatedAt });
  };

  const refusal = (reason: string) => ({ status: 403, body: { reason } });

  const grant = (body: unknown) => {
    const ask = grantRequestBodySchema.safeParse(body);
    if (!ask.success) return { status: 400, body: { error: 'body breaks the contract' } };
    const supervisor = roster.get(ask.data.supervisorId);
    const agent = roster.get(ask.data.agentId);
    if (supervisor === undefined || !supervisor.active) return refusal('the supervisor is not an active person of the roster');
    if (agent === undefined || !agent.active) return refusal('the agent is not an active person of the roster');
    if (agent.id === supervisor.id || !watchedTeams(supervisor, [...roster.values()]).has(agent.team)) return refusal(`the supervisor does not lead team ${agent.team}`);
    const issuedAt = now();
    const payload: GrantPayload = {
      v: 1,
      kid: key.item.id,
      supervisorId: supervisor.id,
      supervisorSip: supervisor.sipAddress,
      agentId: agent.id,
      agentSip: agent.sipAddress,
      maxMode: ask.data.mode,
      issuedAt,
      expiresAt: issuedAt + referenceGrantLifetimeMs,
      nonce: randomBytes(16).toString('base64url'),
    };
    const signingInput = grantSigningInput(payload);
    return { status: 200, body: { grant: grantToken(signingInput, sign(null, Buffer.from(signingInput, 'ascii'), key.privateKey)), expiresAt: payload.expiresAt } };
  };

  const rotate = () => {
    const retired = { ...key.item, validUntil: now(), updatedAt: now() };
    key = newKey();
    return [key.item, retired];
  };

  return {
    get keyItem() {
      return key.item;
    },
    rotate,
    learn,
    grant,
  };
}
