import type { Store } from '../../../src/main/store/connection';
import { writeSetting } from '../../../src/main/store/queries/settings';

/** Hand-made history for the trend tests: calls, codes, promises and a roster, written as the app's writers write them. */

export const minute = 60_000;

export function seedCodeLists(store: Store): void {
  for (const code of ['resolved', 'not-resolved']) {
    store.sqlite.prepare('INSERT OR IGNORE INTO disposition_codes (code, label_en, label_ru, label_uk) VALUES (?, ?, ?, ?)').run(code, `${code} (en)`, `${code} (ru)`, `${code} (uk)`);
  }
  for (const code of ['billing-error', 'delivery-delay']) {
    store.sqlite.prepare('INSERT OR IGNORE INTO root_cause_codes (code, label_en, label_ru, label_uk) VALUES (?, ?, ?, ?)').run(code, `${code} (en)`, `${code} (ru)`, `${code} (uk)`);
  }
}

export function addCustomer(store: Store, tier: 'standard' | 'key' | 'vip' = 'standard', language: 'en' | 'ru' | 'uk' | null = 'uk'): number {
  return Number(
    store.sqlite
      .prepare(`INSERT INTO customers (first_name, last_name, display_name, tier, preferred_language, created_at, updated_at) VALUES ('Олена', 'Мельник', 'Олена Мельник', ?, ?, 0, 0)`)
      .run(tier, language).lastInsertRowid,
  );
}

export interface HandMadeCall {
  customerId: number | null;
  agent: string;
  startedAt: number;
  direction?: 'inbound' | 'outbound';
  queue?: string;
  /** Seconds from ringing to answer; null: never answered. */
  answeredAfterS?: number | null;
  talkS?: number;
  wrapUpS?: number | null;
  endReason?: string;
  disposition?: string | null;
  rootCauses?: string[];
  wanted?: string;
  offered?: string;
}

export function addCall(store: Store, call: HandMadeCall): number {
  const direction = call.direction ?? 'inbound';
  const answeredAt = call.answeredAfterS === null ? null : call.startedAt + (call.answeredAfterS ?? 5) * 1000;
  const endedAt = (answeredAt ?? call.startedAt + 20_000) + (answeredAt === null ? 0 : (call.talkS ?? 300) * 1000);
  const wrapUpS = call.wrapUpS === undefined ? (answeredAt === null ? null : 60) : call.wrapUpS;
  const id = Number(
    store.sqlite
      .prepare(
        `INSERT INTO interactions (customer_id, direction, from_number, to_number, started_at, answered_at, ended_at, agent, outcome, end_reason,
                                   disposition_code, customer_wanted, we_offered, wrapped_up_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        call.customerId, direction, direction === 'inbound' ? '+380671234567' : '+380441112233', direction === 'inbound' ? (call.queue ?? '+380441112233') : '+380671234567',
        call.startedAt, answeredAt, endedAt, call.agent, answeredAt === null ? (direction === 'inbound' ? 'missed' : 'no-answer') : 'answered',
        call.endReason ?? (answeredAt === null ? 'caller-cancelled' : 'remote-hangup'), call.disposition ?? null, call.wanted ?? null, call.offered ?? null,
        wrapUpS === null ? null : endedAt + wrapUpS * 1000,
      ).lastInsertRowid,
  );
  for (const code of call.rootCauses ?? []) store.sqlite.prepare('INSERT INTO interaction_root_causes (interaction_id, code) VALUES (?, ?)').run(id, code);
  return id;
}

export function addPromise(store: Store, promise: { customerId: number; interactionId: number | null; owner: string; ownerType?: 'me' | 'team' | 'person'; madeAt: number; dueAt: number; status?: 'open' | 'kept' | 'broken' | 'cancelled' }): number {
  return Number(
    store.sqlite
      .prepare(
        `INSERT INTO promises (customer_id, interaction_id, description, owner_type, owner_name, due_at, status, status_changed_at, created_at)
         VALUES (?, ?, 'Повернути кошти', ?, ?, ?, ?, ?, ?)`,
      )
      .run(promise.customerId, promise.interactionId, promise.ownerType ?? 'me', promise.owner, promise.dueAt, promise.status ?? 'open', promise.madeAt, promise.madeAt).lastInsertRowid,
  );
}

export interface HandMadeAgent {
  name: string;
  team: string;
  role?: 'agent' | 'supervisor' | 'admin';
  leads?: string[];
  user: string;
}

/** The roster, and this console's phone account as one of its people (who the console's user is). */
export function seedRoster(store: Store, people: readonly HandMadeAgent[], me: string): void {
  const insert = store.sqlite.prepare(
    `INSERT INTO agents (external_id, sip_address, display_name, team, leads_teams, role, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, 0)`,
  );
  for (const person of people) insert.run(`agent-${person.user}`, `${person.user}@example.com`, person.name, person.team, JSON.stringify(person.leads ?? []), person.role ?? 'agent');
  signInAs(store, me);
}

export function signInAs(store: Store, user: string): void {
  writeSetting(store, 'phone.account', { server: 'wss://example.com/ws', username: user, domain: 'example.com', displayName: user }, 1);
}
