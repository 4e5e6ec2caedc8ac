#!/usr/bin/env node
// `npm run dist [-- --unsigned]`: the installers for the host OS (Windows
// NSIS + MSI, macOS dmg + pkg, Linux deb + AppImage, from
// electron-builder.yml). Checks first and prints one line per missing
// prerequisite: the Electron binary, the build, and — unless --unsigned —
// the signing identity (and, on macOS, notarization) from the environment.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hostTargetFlag, missingPrerequisites } from './release/prerequisites.mjs';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { unsigned: { type: 'boolean', default: false }, 'skip-build': { type: 'boolean', default: false } } });

const run = (command, args, env = process.env) => spawnSync(command, args, { cwd: root, stdio: 'inherit', env, shell: process.platform === 'win32' }).status ?? 1;

const electronBinary = existsSync(join(root, 'node_modules/electron/dist')) || Boolean(process.env.ELECTRON_OVERRIDE_DIST_PATH);
// Checked before the build too: a machine without Electron or a signing identity is told at once.
const early = missingPrerequisites({ platform: process.platform, env: process.env, electronBinary, built: true, unsigned: values.unsigned });
if (early.length > 0) {
  for (const line of early) console.error(`✗ ${line}`);
  process.exit(1);
}
if (!values['skip-build'] && run('npm', ['run', '--silent', 'build']) !== 0) process.exit(1);
const missing = missingPrerequisites({
  platform: process.platform,
  env: process.env,
  electronBinary,
  built: existsSync(join(root, 'out/main/index.js')),
  unsigned: values.unsigned,
});
if (missing.length > 0) {
  for (const line of missing) console.error(`✗ ${line}`);
  process.exit(1);
}
if (values.unsigned) console.warn('! Unsigned build (--unsigned): for testing only, never for agents.');
const env = values.unsigned ? { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } : process.env;
const extra = values.unsigned && process.platform === 'darwin' ? ['-c.mac.identity=null', '-c.mac.notarize=false'] : [];
const status = run('npx', ['electron-builder', hostTargetFlag(process.platform), '--publish', 'never', ...extra], env);
if (status === 0) console.log('Installers are in dist/. Before shipping: node scripts/check-fuses.mjs <the unpacked app> (docs/DEPLOYMENT.md).');
process.exit(status);
