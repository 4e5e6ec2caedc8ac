import { and, asc, desc, eq } from 'drizzle-orm';
import type { Store } from '../connection';
import { scorecardForms } from '../schema';

export type ScorecardFormRow = typeof scorecardForms.$inferSelect;
export type NewScorecardFormRow = typeof scorecardForms.$inferInsert;

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

export function newestScorecardFormRow(store: Store, slug: string): ScorecardFormRow | undefined {
  return store.orm.select().from(scorecardForms).where(eq(scorecardForms.slug, slug)).orderBy(desc(scorecardForms.version)).limit(1).get();
}

export function findScorecardFormRow(store: Store, id: number): ScorecardFormRow | undefined {
  return store.orm.select().from(scorecardForms).where(eq(scorecardForms.id, id)).get();
}

/** Every version of every form, each form's versions newest first (forms are few; a form a few dozen versions at most). */
export function allScorecardFormVersions(store: Store): ScorecardFormRow[] {
  return store.orm.select().from(scorecardForms).orderBy(asc(scorecardForms.slug), desc(scorecardForms.version)).all();
}
