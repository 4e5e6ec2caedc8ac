#!/usr/bin/env node
// `npm start`: the app on a workstation. With an Electron binary: build
// better-sqlite3 for Electron's ABI (once per Electron version, into
// native/electron — node_modules keeps the Node build the tests use), build
// the app, open the window. Without one (our build machines cannot download
// it): say so and start the browser shell instead.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const path = require('electron');
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function buildNativeForElectron() {
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  const target = join(root, 'native/electron');
  const stamp = join(target, 'electron-version');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === electronVersion) return;

  console.log(`Building better-sqlite3 for Electron ${electronVersion}…`);
  const workspace = join(root, 'native/build');
  rmSync(workspace, { recursive: true, force: true });
  mkdirSync(join(workspace, 'node_modules'), { recursive: true });
  writeFileSync(join(workspace, 'package.json'), JSON.stringify({ name: 'parley-native', private: true }));
  cpSync(join(root, 'node_modules/better-sqlite3'), join(workspace, 'node_modules/better-sqlite3'), { recursive: true });
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: workspace, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(workspace, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), join(target, 'better_sqlite3.node'));
  writeFileSync(stamp, electronVersion);
  rmSync(workspace, { recursive: true, force: true });
}

const electron = electronBinary();
if (!electron) {
  console.log('No Electron binary here (the electron package could not download it); starting the browser shell instead: npm run web');
  run(process.execPath, [join(root, 'scripts/web.mjs'), ...process.argv.slice(2)]);
} else {
  await buildNativeForElectron();
  run('npx', ['electron-vite', 'build']);
  const app = spawn(electron, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
}
