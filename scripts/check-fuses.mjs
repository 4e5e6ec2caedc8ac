#!/usr/bin/env node
// Release checklist (docs/DEPLOYMENT.md): reads the fuses of a packaged
// Parley and fails unless every one is as electron-builder.yml's
// electronFuses says. Usage: node scripts/check-fuses.mjs <packaged app>
// where <packaged app> is the Electron binary, a macOS .app, or an unpacked
// folder (dist/linux-unpacked, dist/win-unpacked).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getCurrentFuseWire } from '@electron/fuses';
import { parse } from 'yaml';
import { fuseProblems, namedFuses } from './release/compare-fuses.mjs';

const root = resolve(import.meta.dirname, '..');

function executableOf(target) {
  if (target.endsWith('.app')) return join(target, 'Contents', 'MacOS', 'Parley');
  if (!statSync(target).isDirectory()) return target;
  const candidates = ['Parley.exe', 'parley', 'Parley'].map((name) => join(target, name));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`No Parley executable in ${target} (looked for ${candidates.join(', ')})`);
  return found;
}

const target = process.argv[2];
if (!target) {
  console.error('usage: node scripts/check-fuses.mjs <packaged app: binary, .app or unpacked folder>');
  process.exit(2);
}
try {
  const executable = executableOf(resolve(target));
  const expected = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')).electronFuses ?? {};
  const wire = await getCurrentFuseWire(executable);
  const problems = fuseProblems(expected, wire);
  console.log(`Fuses of ${executable}:`);
  for (const [name, state] of Object.entries(namedFuses(wire))) console.log(`  ${name}: ${state}`);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`✗ ${problem}`);
    process.exit(1);
  }
  console.log(`✓ all ${Object.keys(expected).length} fuses are as electron-builder.yml says`);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
