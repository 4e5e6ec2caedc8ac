import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { MyCall, MyDay } from '@shared/domain/my-calls';
import type { Store } from '../connection';
import { preparedPerDatabase } from '../prepared';
import { customers, interactions } from '../schema';

const agent = sql.placeholder('agent');
const answered = sql`${interactions.outcome} = 'answered'`;
/** From the end of an answered call to its saved wrap-up (a clock that went back counts as none). */
const wrapUpMs = sql`max(0, ${interactions.wrappedUpAt} - ${interactions.endedAt})`;
const talkMs = sql`max(0, coalesce(${interactions.endedAt} - ${interactions.answeredAt}, 0))`;

// Both read the index interactions_by_agent (migration 0010); the panel asks again after every call.
const statements = preparedPerDatabase((store: Store) => ({
  recent: store.orm
    .select({
      interactionId: interactions.id,
      direction: interactions.direction,
      fromNumber: interactions.fromNumber,
      toNumber: interactions.toNumber,
      customerId: interactions.customerId,
      customerName: customers.displayName,
      startedAt: interactions.startedAt,
      answeredAt: interactions.answeredAt,
      endedAt: interactions.endedAt,
      outcome: interactions.outcome,
      endReason: interactions.endReason,
      sipCode: interactions.sipCode,
    })
    .from(interactions)
    .leftJoin(customers, eq(customers.id, interactions.customerId))
    .where(eq(interactions.agent, agent))
    .orderBy(desc(interactions.startedAt), desc(interactions.id))
    .limit(sql.placeholder('limit'))
    .prepare(),
  day: store.orm
    .select({
      handled: sql<number>`count(*) filter (where ${answered})`,
      missed: sql<number>`count(*) filter (where ${interactions.direction} = 'inbound' and ${interactions.outcome} = 'missed')`,
      averageHandleMs: sql<number | null>`avg(${talkMs} + coalesce(${wrapUpMs}, 0)) filter (where ${answered})`,
      wrapUpMs: sql<number>`coalesce(sum(${wrapUpMs}) filter (where ${answered}), 0)`,
    })
    .from(interactions)
    .where(and(eq(interactions.agent, agent), gte(interactions.startedAt, sql.placeholder('from')), lt(interactions.startedAt, sql.placeholder('to'))))
    .prepare(),
}));

/** This agent's calls, newest first: the other party is the number a call back dials. */
export function recentCallsOf(store: Store, agentUser: string, limit: number): MyCall[] {
  return statements(store)
    .recent.all({ agent: agentUser, limit })
    .map(({ fromNumber, toNumber, ...call }) => ({ ...call, number: call.direction === 'inbound' ? fromNumber : toNumber }));
}

/** What this agent did in [from, to): the calls that started in it. */
export function dayOf(store: Store, agentUser: string, day: { from: number; to: number }): MyDay {
  const row = statements(store).day.get({ agent: agentUser, from: day.from, to: day.to });
  return {
    handled: row?.handled ?? 0,
    missed: row?.missed ?? 0,
    averageHandleSeconds: row?.averageHandleMs == null ? null : Math.round(row.averageHandleMs / 1000),
    wrapUpSeconds: Math.round((row?.wrapUpMs ?? 0) / 1000),
  };
}
