import { and, asc, desc, eq, max } from 'drizzle-orm';
import type { Store } from '../connection';
import { scorecardForms } from '../schema';

export type ScorecardFormRow = typeof scorecardForms.$inferSelect;
export type NewScorecardFormRow = typeof scorecardForms.$inferInsert;

export function newestScorecardFormVersion(store: Store, slug: string): number {
  return store.orm.select({ version: max(scorecardForms.version) }).from(scorecardForms).where(eq(scorecardForms.slug, slug)).get()?.version ?? 0;
}

export function insertScorecardFormVersion(store: Store, form: NewScorecardFormRow): ScorecardFormRow {
  const [row] = store.orm.insert(scorecardForms).values(form).returning().all();
  if (!row) throw new Error('The scorecard form was not stored');
  return row;
}

export function findScorecardFormVersion(store: Store, slug: string, version: number): ScorecardFormRow | undefined {
  return store.orm
    .select()
    .from(scorecardForms)
    .where(and(eq(scorecardForms.slug, slug), eq(scorecardForms.version, version)))
    .get();
}

export function findScorecardFormRow(store: Store, id: number): ScorecardFormRow | undefined {
  return store.orm.select().from(scorecardForms).where(eq(scorecardForms.id, id)).get();
}

/** Every version of every form, each form's versions newest first (forms are few; a form a few dozen versions at most). */
export function allScorecardFormVersions(store: Store): ScorecardFormRow[] {
  return store.orm.select().from(scorecardForms).orderBy(asc(scorecardForms.slug), desc(scorecardForms.version)).all();
}
