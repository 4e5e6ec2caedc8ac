import { isDeepStrictEqual } from 'node:util';
import { scriptBodySchema } from '@shared/scripts/script-schema';
import { validateScript } from '@shared/scripts/validate-script';
import type { Sqlite } from '../../store/connection';
import { preparedPerDatabase } from '../../store/prepared';
import type { ItemStatus, Reasons } from './item-report';
import type { ScriptItem } from './wire';

const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  held: sqlite.prepare<[string, number], string>('SELECT body FROM scripts WHERE slug = ? AND version = ?').pluck(),
  insert: sqlite.prepare<[string, number, string, string, number, string | null]>(
    'INSERT INTO scripts (slug, version, title, body, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
  ),
}));

/**
 * A script version from the CRM joins the store (calls that start from now
 * on get it), if it is as sound as a file a supervisor imports. Versions
 * never change: a copy already held is skipped, and a different text under a
 * number already held is refused rather than overwrite what calls used.
 */
export function applyScript(sqlite: Sqlite, item: ScriptItem, reasons: Reasons): ItemStatus {
  const parsed = scriptBodySchema.safeParse(item.body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 5)) reasons.add(`body.${issue.path.join('.')}`, issue.message);
    return 'rejected';
  }
  const body = parsed.data;
  if (body.slug !== item.slug) {
    reasons.add('body.slug', 'differs from the item slug');
    return 'rejected';
  }
  const issues = validateScript(body, item.id);
  if (issues.length > 0) {
    for (const issue of issues.slice(0, 5)) reasons.add(issue.step ? `body.${issue.step}` : 'body', `${issue.reason}: ${issue.detail}`);
    return 'rejected';
  }
  const statement = statements(sqlite);
  const held = statement.held.get(item.slug, item.version);
  if (held !== undefined) {
    if (isDeepStrictEqual(JSON.parse(held), body)) return 'skipped';
    reasons.add('version', 'this version already holds another text; versions never change');
    return 'rejected';
  }
  const title = body.title.en ?? Object.values(body.title)[0] ?? body.slug;
  statement.insert.run(item.slug, item.version, title, JSON.stringify(body), item.createdAt, item.createdBy ?? null);
  return 'applied';
}
