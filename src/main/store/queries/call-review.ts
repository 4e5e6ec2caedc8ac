import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { ReviewableCall } from '@shared/domain/call-review';
import type { CustomerPromise } from '@shared/domain/customer';
import type { Store } from '../connection';
import { preparedPerDatabase } from '../prepared';
import { agents, customers, evaluations, interactions, notes, promises } from '../schema';
import { promiseFields } from './promises';

const interactionId = sql.placeholder('interactionId');

// Each reads by the call (indexes of migration 0015), in the order things were written.
const statements = preparedPerDatabase((store: Store) => ({
  notes: store.orm
    .select({ id: notes.id, author: notes.author, body: notes.body, createdAt: notes.createdAt })
    .from(notes)
    .where(eq(notes.interactionId, interactionId))
    .orderBy(asc(notes.createdAt), asc(notes.id))
    .prepare(),
  promises: store.orm
    .select({ ...promiseFields, statusChangedAt: promises.statusChangedAt })
    .from(promises)
    .where(eq(promises.interactionId, interactionId))
    .orderBy(asc(promises.createdAt), asc(promises.id))
    .prepare(),
  customerName: store.orm
    .select({ displayName: customers.displayName })
    .from(customers)
    .where(eq(customers.id, sql.placeholder('customerId')))
    .prepare(),
  teamOf: store.orm
    .select({ team: agents.team })
    .from(agents)
    .where(eq(agents.displayName, sql.placeholder('displayName')))
    .prepare(),
}));

export function notesOfCall(store: Store, callId: number): { id: number; author: string; body: string; createdAt: number }[] {
  return statements(store).notes.all({ interactionId: callId });
}

export function promisesOfCall(store: Store, callId: number): (CustomerPromise & { statusChangedAt: number })[] {
  return statements(store).promises.all({ interactionId: callId });
}

export function customerDisplayName(store: Store, customerId: number): string | null {
  return statements(store).customerName.get({ customerId })?.displayName ?? null;
}

/** The teams the roster puts a person in, by the display name calls are stored under (a name two people share gives both teams). */
export function teamsOfAgentName(store: Store, displayName: string): string[] {
  return statements(store)
    .teamOf.all({ displayName })
    .map((row) => row.team);
}

/** The newest finished calls of these agents (by the names calls are stored under), each with whether it was evaluated. */
export function recentCallsOfAgents(store: Store, agentNames: readonly string[], limit: number): ReviewableCall[] {
  if (agentNames.length === 0) return [];
  return store.orm
    .select({
      id: interactions.id,
      startedAt: interactions.startedAt,
      agent: interactions.agent,
      customerName: customers.displayName,
      outcome: interactions.outcome,
      dispositionCode: interactions.dispositionCode,
      evaluated: sql<boolean>`exists (select 1 from ${evaluations} where ${evaluations.interactionId} = ${interactions.id})`.mapWith(Boolean),
    })
    .from(interactions)
    .leftJoin(customers, eq(customers.id, interactions.customerId))
    .where(and(inArray(interactions.agent, [...agentNames]), isNotNull(interactions.endedAt)))
    .orderBy(desc(interactions.startedAt), desc(interactions.id))
    .limit(limit)
    .all();
}
