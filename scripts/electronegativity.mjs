#!/usr/bin/env node
// The Electron security gate (scripts/test.sh, before the end-to-end tests):
// runs @doyensec/electronegativity on src/ and fails on any finding that
// electronegativity-suppressions.json does not list with a reason. A
// suppression names the check and the file (not the line: lines move), so a
// new finding of the same kind in another file still fails.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import electronegativity from '@doyensec/electronegativity';
import { unsuppressed } from './release/electronegativity-findings.mjs';

const root = resolve(import.meta.dirname, '..');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const { suppressions } = JSON.parse(readFileSync(join(root, 'electronegativity-suppressions.json'), 'utf8'));

const run = electronegativity.default ?? electronegativity;
const result = await run({
  input: join(root, 'src'),
  isRelative: true,
  // The installed Electron (electronegativity cannot read it from TypeScript sources).
  electronVersionOverride: electronVersion,
  parserPlugins: ['typescript', 'jsx'],
  // Needs the network (it downloads Electron's release list); Electron's version is kept current by the dependency updates instead.
  excludeFromScan: ['availablesecurityfixesglobalcheck'],
});

const findings = result.issues.map((issue) => ({
  id: issue.id,
  file: issue.file,
  line: issue.location?.line ?? 0,
  description: issue.description,
}));
const { failing, stale, withoutReason } = unsuppressed(findings, suppressions);
for (const suppression of withoutReason) console.error(`✗ suppression without a reason: ${suppression.id} in ${suppression.file}`);
for (const finding of failing) console.error(`✗ ${finding.id} ${finding.file}:${finding.line} — ${finding.description}`);
for (const suppression of stale) console.warn(`! suppression no longer needed (nothing found): ${suppression.id} in ${suppression.file}`);
if (result.errors.length > 0) console.warn(`! electronegativity could not parse ${result.errors.length} file(s): ${result.errors.map((e) => e.file).join(', ')}`);
if (failing.length > 0 || withoutReason.length > 0) {
  console.error(`Electronegativity: ${failing.length} finding(s) not reviewed. Fix them, or list each with its reason in electronegativity-suppressions.json.`);
  process.exit(1);
}
console.log(`Electronegativity: ${findings.length} finding(s), all reviewed (electronegativity-suppressions.json).`);
