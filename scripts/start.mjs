#!/usr/bin/env node
// `npm start`: the app on a workstation. With an Electron binary: build
// better-sqlite3 for Electron's ABI (once per Electron and better-sqlite3
// version, into native/electron — node_modules keeps the Node build the tests
// and the browser shell use), build the app, open the window. Without one
// (our build machines cannot download it): say so and start the browser
// shell instead. Extra arguments go to the app (e.g. --data-dir=<dir>).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const appArguments = process.argv.slice(2);

/** The binary's path, or why there is none. */
function findElectron() {
  let executablePath;
  try {
    executablePath = require('electron');
  } catch {
    return { reason: 'the electron package has no downloaded binary' };
  }
  return existsSync(executablePath) ? { executablePath } : { reason: `nothing at ${executablePath}` };
}

function packageVersion(name) {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Loading the addon in Electron's own Node proves the ABI before we rely on it. */
function loadsInElectron(electron, binding) {
  const probe = spawnSync(electron, ['-e', `require(${JSON.stringify(binding)})`], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    stdio: 'inherit',
  });
  return probe.status === 0;
}

/**
 * Rebuilds a copy of better-sqlite3 in a scratch project of its own, so the
 * rebuild can neither see nor overwrite node_modules' Node build. Uses a
 * prebuilt binary when one is published, node-gyp with Electron's headers otherwise.
 */
async function buildNativeForElectron(electron) {
  const electronVersion = packageVersion('electron');
  const sqliteVersion = packageVersion('better-sqlite3');
  const stampValue = `electron ${electronVersion}, better-sqlite3 ${sqliteVersion}`;
  const target = join(root, 'native/electron');
  const binding = join(target, 'better_sqlite3.node');
  const stamp = join(target, 'built-for');
  if (existsSync(binding) && existsSync(stamp) && readFileSync(stamp, 'utf8') === stampValue) return;

  console.log(`Building better-sqlite3 for ${stampValue}…`);
  const workspace = join(root, 'native/build');
  const source = join(root, 'node_modules/better-sqlite3');
  rmSync(workspace, { recursive: true, force: true });
  mkdirSync(join(workspace, 'node_modules'), { recursive: true });
  // The rebuild only touches modules the project depends on.
  const manifest = { name: 'parley-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } };
  writeFileSync(join(workspace, 'package.json'), JSON.stringify(manifest));
  // Without the Node build: if the rebuild produced nothing, the copy below fails loudly.
  cpSync(source, join(workspace, 'node_modules/better-sqlite3'), {
    recursive: true,
    filter: (path) => path !== join(source, 'build'),
  });
  const { rebuild } = await import('@electron/rebuild');
  try {
    await rebuild({
      buildPath: workspace,
      projectRootPath: workspace,
      electronVersion,
      onlyModules: ['better-sqlite3'],
      force: true,
    });
  } catch (error) {
    console.error(
      `Could not build better-sqlite3 for Electron (${error instanceof Error ? error.message : error}). ` +
        'It needs a published prebuilt binary (from github.com) or Electron headers (from electronjs.org) and a C++ toolchain.',
    );
    process.exit(1);
  }
  mkdirSync(target, { recursive: true });
  cpSync(join(workspace, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), binding);
  rmSync(workspace, { recursive: true, force: true });
  if (!loadsInElectron(electron, binding)) {
    console.error(`The better-sqlite3 built at ${binding} does not load in Electron (see above); the next npm start builds it again.`);
    process.exit(1);
  }
  writeFileSync(stamp, stampValue);
}

const electron = findElectron();
if (!electron.executablePath) {
  console.log(`No Electron binary here (${electron.reason}); starting the browser shell instead: npm run web`);
  run(process.execPath, [join(root, 'scripts/web.mjs'), ...appArguments]);
} else {
  await buildNativeForElectron(electron.executablePath);
  // The CLI through node rather than npx: npx is npx.cmd on Windows, which spawn cannot run without a shell.
  run(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build']);
  const app = spawn(electron.executablePath, ['.', ...appArguments], { cwd: root, stdio: 'inherit' });
  // Ctrl-C reaches Electron from the terminal already; a forwarded second SIGINT
  // would make it die at once, without closing the database. Wait for it instead.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => app.kill('SIGTERM'));
  app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
