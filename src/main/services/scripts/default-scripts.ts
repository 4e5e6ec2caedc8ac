import { describeIssue } from '@shared/scripts/script-issue';
import { parseScriptFile } from '@shared/scripts/parse-script-file';
import type { ScriptBody } from '@shared/scripts/script-schema';
import type { Store } from '../../store/connection';
import { latestScript, saveScriptVersion } from './script-store';

const files = import.meta.glob<string>('./defaults/*.yaml', { query: '?raw', import: 'default', eager: true });

/** The scripts Parley ships (inbound support, complaint handling, callback for a promise), validated like any import. */
export function defaultScripts(): ScriptBody[] {
  return Object.entries(files).map(([path, text]) => {
    const parsed = parseScriptFile(path.slice(path.lastIndexOf('/') + 1), text);
    // A shipped script that fails validation is a bug in Parley, caught by the unit tests.
    if (!parsed.ok) throw new Error(parsed.issues.map(describeIssue).join('\n'));
    return parsed.body;
  });
}

/** Gives a store the shipped scripts it does not have yet; a script a supervisor already edited is left alone. */
export function installDefaultScripts(store: Store): void {
  for (const body of defaultScripts()) {
    if (latestScript(store, body.slug) === null) saveScriptVersion(store, body, null);
  }
}
