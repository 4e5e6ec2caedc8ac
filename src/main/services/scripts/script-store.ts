import { scriptBodySchema, type ScriptBody, type StoredScript } from '@shared/scripts/script-schema';
import { inTransaction, type Store } from '../../store/connection';
import { findScript, insertScriptVersion, newestScript, newestScripts, newestScriptVersion, type ScriptRow } from '../../store/queries/scripts';

function fromRow(row: ScriptRow): StoredScript {
  // The body was validated before it was stored; parsing again fills defaults added since.
  return { id: row.id, slug: row.slug, version: row.version, body: scriptBodySchema.parse(row.body), createdAt: row.createdAt };
}

/**
 * Saves a script as its next version. Earlier versions stay: a call that
 * started on one keeps it, and the timeline can still say which was used.
 */
export function saveScriptVersion(store: Store, body: ScriptBody, createdBy: string | null, now = Date.now()): StoredScript {
  return inTransaction(store, () => {
    const version = newestScriptVersion(store, body.slug) + 1;
    const title = body.title.en ?? Object.values(body.title)[0] ?? body.slug;
    return fromRow(insertScriptVersion(store, { slug: body.slug, version, title, body, createdAt: now, createdBy }));
  });
}

/** The newest version of every script, by slug: what calls starting now get. */
export function latestScripts(store: Store): StoredScript[] {
  return newestScripts(store).map(fromRow);
}

export function latestScript(store: Store, slug: string): StoredScript | null {
  const row = newestScript(store, slug);
  return row ? fromRow(row) : null;
}

export function getScript(store: Store, id: number): StoredScript | null {
  const row = findScript(store, id);
  return row ? fromRow(row) : null;
}
