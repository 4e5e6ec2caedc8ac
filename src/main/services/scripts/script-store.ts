import { asc, desc, eq, sql } from 'drizzle-orm';
import { scriptBodySchema, type ScriptBody, type StoredScript } from '@shared/scripts/script-schema';
import type { Store } from '../../store/database';
import { scripts } from '../../store/schema';

type ScriptRow = typeof scripts.$inferSelect;

function fromRow(row: ScriptRow): StoredScript {
  // The body was validated before it was stored; parsing again fills defaults added since.
  return { id: row.id, slug: row.slug, version: row.version, body: scriptBodySchema.parse(row.body), createdAt: row.createdAt };
}

/**
 * Saves a script as its next version. Earlier versions stay: a call that
 * started on one keeps it, and the timeline can still say which was used.
 */
export function saveScriptVersion(store: Store, body: ScriptBody, createdBy: string | null, now = Date.now()): StoredScript {
  return store.sqlite.transaction(() => {
    const latest = store.orm
      .select({ version: sql<number>`max(${scripts.version})` })
      .from(scripts)
      .where(eq(scripts.slug, body.slug))
      .get();
    const [row] = store.orm
      .insert(scripts)
      .values({ slug: body.slug, version: (latest?.version ?? 0) + 1, title: body.title.en ?? Object.values(body.title)[0] ?? body.slug, body, createdAt: now, createdBy })
      .returning()
      .all();
    if (!row) throw new Error('The script was not stored');
    return fromRow(row);
  })();
}

/** The newest version of every script, by slug: what calls starting now get. */
export function latestScripts(store: Store): StoredScript[] {
  const rows = store.orm
    .select()
    .from(scripts)
    .where(sql`${scripts.version} = (SELECT max(version) FROM scripts AS newer WHERE newer.slug = ${scripts.slug})`)
    .orderBy(asc(scripts.slug))
    .all();
  return rows.map(fromRow);
}

export function latestScript(store: Store, slug: string): StoredScript | null {
  const row = store.orm.select().from(scripts).where(eq(scripts.slug, slug)).orderBy(desc(scripts.version)).limit(1).get();
  return row ? fromRow(row) : null;
}

export function getScript(store: Store, id: number): StoredScript | null {
  const row = store.orm.select().from(scripts).where(eq(scripts.id, id)).get();
  return row ? fromRow(row) : null;
}
