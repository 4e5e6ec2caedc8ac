import { parseScriptFile, scriptFileName, scriptFileText } from '@shared/scripts/parse-script-file';
import type { ScriptIssue } from '@shared/scripts/script-issue';
import type { StoredScript } from '@shared/scripts/script-schema';
import { inTransaction, type Store } from '../../store/connection';
import { enqueue } from '../sync/outbox';
import { latestScript, saveScriptVersion } from './script-store';

/**
 * A script file (imported, or saved from the editor) becomes the script's
 * next version, for calls that start from now on, and goes to the CRM so
 * that every console gets it; a broken one is refused with every reason,
 * and nothing is stored.
 */
export function importScript(store: Store, file: string, text: string, createdBy: string | null, now = Date.now()): { script: StoredScript | null; issues: ScriptIssue[] } {
  const parsed = parseScriptFile(file, text);
  if (!parsed.ok) return { script: null, issues: parsed.issues };
  const script = inTransaction(store, () => {
    const saved = saveScriptVersion(store, parsed.body, createdBy, now);
    enqueue(store, { kind: 'script', localId: saved.id }, now);
    return saved;
  });
  return { script, issues: [] };
}

export function exportScript(store: Store, slug: string): { file: string; text: string } | null {
  const script = latestScript(store, slug);
  return script ? { file: scriptFileName(script.body), text: scriptFileText(script.body) } : null;
}
