import { rosterRoles, rosterSipAddress, watchedTeams, type RosterAgent } from '../../../src/shared/domain/roster';
import { grantMaxLifetimeMs, grantClockSkewMs, parseGrant } from '../../../src/shared/domain/supervision';
import { ed25519Verifies } from '../../../src/main/services/supervision/ed25519';
import { createGrantClient } from '../../../src/main/services/sync/grant-client';
import type { WireItem } from '../../../src/main/services/sync/wire';

/** The roster and the grant-signing keys a feed walk saw, newest copy of each. */
export class SupervisionFeed {
  private readonly people = new Map<string, RosterAgent>();
  private readonly keys = new Map<string, string>();

  see(item: WireItem): void {
    if (item.kind === 'supervision-key') this.keys.set(item.id, item.publicKey);
    if (item.kind !== 'agent') return;
    const sipAddress = rosterSipAddress(item.sipAddress);
    const role = rosterRoles.find((known) => known === item.role) ?? 'agent';
    if (sipAddress !== null) this.people.set(item.id, { ...item, sipAddress, role });
  }

  get keyCount(): number {
    return this.keys.size;
  }

  publicKey(kid: string): string | undefined {
    return this.keys.get(kid);
  }

  /** A supervisor (or admin) and an active agent of a team they watch; null when the roster has none. */
  leadingPair(): { supervisor: RosterAgent; agent: RosterAgent } | null {
    const everyone = [...this.people.values()];
    for (const supervisor of everyone) {
      const agent = everyone.find((person) => person.active && person.id !== supervisor.id && watchedTeams(supervisor, everyone).has(person.team));
      if (agent !== undefined) return { supervisor, agent };
    }
    return null;
  }

  /** An active person and an active agent whose team that person does not watch; null when everyone watches everyone. */
  outsidePair(): { supervisor: RosterAgent; agent: RosterAgent } | null {
    const everyone = [...this.people.values()].filter((person) => person.active);
    for (const supervisor of everyone) {
      const agent = everyone.find((person) => person.id !== supervisor.id && !watchedTeams(supervisor, everyone).has(person.team));
      if (agent !== undefined) return { supervisor, agent };
    }
    return null;
  }
}

export interface GrantEndpoint {
  url: string;
  token: string | null;
}

/**
 * Asks the grants endpoint twice for a supervisor leading an agent's team:
 * each grant must verify with a key the feed published, name the two and
 * the mode asked, live at most 60 s, and carry its own nonce.
 */
export async function checkGrantIssued(endpoint: GrantEndpoint, feed: SupervisionFeed, fail: (message: string) => never): Promise<string> {
  if (feed.keyCount === 0) fail('the feed has no supervision-key item: no console could verify a grant');
  const pair = feed.leadingPair() ?? fail('the roster (agent items) has no supervisor leading an active agent’s team');
  const client = createGrantClient({ baseUrl: endpoint.url, token: endpoint.token, timeoutMs: 30_000 });
  const nonces = new Set<string>();
  for (const mode of ['listen', 'barge'] as const) {
    const askedAt = Date.now();
    const answer = await client.requestGrant({ supervisorId: pair.supervisor.id, agentId: pair.agent.id, mode });
    if (!answer.granted) fail(`${pair.supervisor.id} leads ${pair.agent.id}'s team but was refused: ${answer.reason}`);
    const parsed = parseGrant(answer.grant) ?? fail('the grant is not base64url(JSON payload).base64url(signature) with the payload of docs/SYNC.md');
    const { payload } = parsed;
    const publicKey = feed.publicKey(payload.kid) ?? fail(`the grant names key ${payload.kid}, which the feed does not publish`);
    if (!ed25519Verifies(publicKey, parsed.signed, parsed.signature)) fail(`the signature does not verify with published key ${payload.kid}`);
    if (payload.supervisorId !== pair.supervisor.id || payload.agentId !== pair.agent.id || payload.maxMode !== mode) fail('the grant names other people or another mode than asked');
    if (rosterSipAddress(payload.supervisorSip) !== pair.supervisor.sipAddress || rosterSipAddress(payload.agentSip) !== pair.agent.sipAddress) fail('the grant’s SIP addresses are not the roster’s');
    if (answer.expiresAt !== payload.expiresAt) fail('the answer’s expiresAt is not the grant’s');
    if (payload.expiresAt <= askedAt || payload.expiresAt > Date.now() + grantMaxLifetimeMs + grantClockSkewMs) fail(`expiresAt is not within ${grantMaxLifetimeMs / 1000} s ahead`);
    if (nonces.has(payload.nonce)) fail('two grants carry the same nonce');
    nonces.add(payload.nonce);
  }
  return `${pair.supervisor.id} → ${pair.agent.id}: verified with the published key, ≤ ${grantMaxLifetimeMs / 1000} s, a new nonce each`;
}

/** A person who does not lead the agent's team must get 403 with a reason. */
export async function checkGrantRefused(endpoint: GrantEndpoint, feed: SupervisionFeed, fail: (message: string) => never): Promise<string> {
  const pair = feed.outsidePair() ?? fail('the roster has no one who does not lead some active agent’s team');
  const client = createGrantClient({ baseUrl: endpoint.url, token: endpoint.token, timeoutMs: 30_000 });
  const answer = await client.requestGrant({ supervisorId: pair.supervisor.id, agentId: pair.agent.id, mode: 'listen' });
  if (answer.granted) fail(`${pair.supervisor.id} got a grant for ${pair.agent.id}, whose team ${pair.agent.team} they do not lead`);
  return `${pair.supervisor.id} → ${pair.agent.id}: 403, "${answer.reason}"`;
}
