import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { LocalizedLabel } from '@shared/domain/language';
import type { Store } from '../connection';
import { dispositionCodes, interactions, noteDrafts, rootCauseCodes } from '../schema';

type CodeList = typeof dispositionCodes | typeof rootCauseCodes;
const lists = { disposition: dispositionCodes, 'root-cause': rootCauseCodes } satisfies Record<string, CodeList>;
type CodeListName = keyof typeof lists;

/** Active codes of a list, in the list's order. */
export function activeCodes(store: Store, list: CodeListName): { code: string; label: LocalizedLabel }[] {
  const codes = lists[list];
  return store.orm
    .select({ code: codes.code, en: codes.labelEn, ru: codes.labelRu, uk: codes.labelUk })
    .from(codes)
    .where(eq(codes.active, true))
    .orderBy(asc(codes.sortOrder), asc(codes.code))
    .all()
    .map(({ code, en, ru, uk }) => ({ code, label: { en, ru, uk } }));
}

export function isActiveCode(store: Store, list: CodeListName, code: string): boolean {
  const codes = lists[list];
  return store.orm.select({ code: codes.code }).from(codes).where(and(eq(codes.code, code), eq(codes.active, true))).get() !== undefined;
}

/** One draft per call, overwritten each time. `wrapUp`: the rest of the form, as JSON. */
export function saveDraftRow(store: Store, draft: { interactionId: number; body: string; wrapUp: unknown; now: number }): void {
  const { interactionId, body, wrapUp, now } = draft;
  store.orm
    .insert(noteDrafts)
    .values({ interactionId, body, wrapUp: JSON.stringify(wrapUp), updatedAt: now })
    .onConflictDoUpdate({ target: noteDrafts.interactionId, set: { body: sql`excluded.body`, wrapUp: sql`excluded.wrap_up`, updatedAt: sql`excluded.updated_at` } })
    .run();
}

export function deleteDraftRow(store: Store, interactionId: number): void {
  store.orm.delete(noteDrafts).where(eq(noteDrafts.interactionId, interactionId)).run();
}

/** Drafts with their calls, most recently typed first. */
export function draftsWithCalls(store: Store, limit: number) {
  return store.orm
    .select({
      interactionId: interactions.id,
      customerId: interactions.customerId,
      direction: interactions.direction,
      remote: sql<string>`CASE ${interactions.direction} WHEN 'inbound' THEN ${interactions.fromNumber} ELSE ${interactions.toNumber} END`,
      startedAt: interactions.startedAt,
      note: noteDrafts.body,
      wrapUp: noteDrafts.wrapUp,
      draftSavedAt: noteDrafts.updatedAt,
    })
    .from(noteDrafts)
    .innerJoin(interactions, eq(interactions.id, noteDrafts.interactionId))
    .orderBy(desc(noteDrafts.updatedAt))
    .limit(limit)
    .all();
}
