#!/usr/bin/env node
// `npm run web`: builds the app, then starts the browser shell's host, which
// prints the URL (with the data folder's token) to open in Chromium or Chrome.
// Extra arguments go to the host: --port <n> (default: a free one),
// --data-dir <dir> (default: ./.data), --no-demo, --rotate-token.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const host = spawn(process.execPath, [resolve(root, 'out/main/web-host.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));
