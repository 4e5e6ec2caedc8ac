import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseScriptFile } from '@shared/scripts/parse-script-file';
import type { ScriptIssue } from '@shared/scripts/script-issue';
import type { Store } from '../../store/connection';
import { latestScript, saveScriptVersion } from './script-store';

export const scriptsFolderName = 'scripts';
const scriptFile = /\.(ya?ml|json)$/i;

/**
 * The scripts folder in the data folder: IT or a supervisor drops script
 * files there (one script a file). At start each file that differs from the
 * script's newest version becomes its next version; an unchanged file is
 * left alone, so restarting does not pile up versions. A broken file is
 * refused with its reasons (the editor lists them) and changes nothing.
 */
export function importScriptsFolder(store: Store, dataDir: string): ScriptIssue[] {
  const folder = join(dataDir, scriptsFolderName);
  mkdirSync(folder, { recursive: true });
  const issues: ScriptIssue[] = [];
  for (const file of readdirSync(folder).filter((name) => scriptFile.test(name)).sort()) {
    const parsed = parseScriptFile(file, readFileSync(join(folder, file), 'utf8'));
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      continue;
    }
    const current = latestScript(store, parsed.body.slug);
    if (!current || !isDeepStrictEqual(current.body, parsed.body)) saveScriptVersion(store, parsed.body, file);
  }
  return issues;
}
