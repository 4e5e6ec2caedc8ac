import { asc, desc, eq, max, sql } from 'drizzle-orm';
import type { Store } from '../connection';
import { scriptRuns, scripts } from '../schema';

export type ScriptRow = typeof scripts.$inferSelect;
type ScriptRunRow = typeof scriptRuns.$inferSelect;
/** What a save of the run writes (the start time only on its first save). */
type ScriptRunValues = Omit<typeof scriptRuns.$inferInsert, 'id' | 'interactionId' | 'startedAt'>;

export function newestScriptVersion(store: Store, slug: string): number {
  return store.orm.select({ version: max(scripts.version) }).from(scripts).where(eq(scripts.slug, slug)).get()?.version ?? 0;
}

export function insertScriptVersion(store: Store, script: typeof scripts.$inferInsert): ScriptRow {
  const [row] = store.orm.insert(scripts).values(script).returning().all();
  if (!row) throw new Error('The script was not stored');
  return row;
}

/** The newest version of every script, by slug. */
export function newestScripts(store: Store): ScriptRow[] {
  return store.orm
    .select()
    .from(scripts)
    .where(sql`${scripts.version} = (SELECT max(version) FROM scripts AS newer WHERE newer.slug = ${scripts.slug})`)
    .orderBy(asc(scripts.slug))
    .all();
}

export function newestScript(store: Store, slug: string): ScriptRow | undefined {
  return store.orm.select().from(scripts).where(eq(scripts.slug, slug)).orderBy(desc(scripts.version)).limit(1).get();
}

export function findScript(store: Store, id: number): ScriptRow | undefined {
  return store.orm.select().from(scripts).where(eq(scripts.id, id)).get();
}

/** One run per call: a later save (another step, another script) replaces it. */
export function saveScriptRunRow(store: Store, interactionId: number, startedAt: number, values: ScriptRunValues): void {
  store.orm
    .insert(scriptRuns)
    .values({ interactionId, startedAt, ...values })
    .onConflictDoUpdate({ target: scriptRuns.interactionId, set: values })
    .run();
}

export function findScriptRunOfCall(store: Store, interactionId: number): ScriptRunRow | undefined {
  return store.orm.select().from(scriptRuns).where(eq(scriptRuns.interactionId, interactionId)).get();
}
