#!/usr/bin/env node
// Runs a TypeScript entry point of this project in Node through Vite's module
// runner, so that scripts (benchmarks, the demo-database CLI) resolve modules
// exactly as the electron-vite build does (aliases, `?raw` SQL imports).
// Usage: node scripts/run-ts.mjs <file.ts> [args...]
import { resolve } from 'node:path';
import { createServer, createServerModuleRunner } from 'vite';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  resolve: { alias: { '@shared': resolve(root, 'src/shared') } },
});
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
process.argv = [process.argv[0], resolve(entry), ...args];
let exitCode = 0;
try {
  const module = await runner.import(resolve(entry));
  if (typeof module.main === 'function') exitCode = (await module.main(args)) ?? 0;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await runner.close();
  await server.close();
}
process.exit(exitCode);
