import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startAppCore } from '../app-core';
import { jsonPolicySource } from '../services/policy/json-policy-source';
import { readPolicy } from '../services/policy/read-policy';
import { appVersion } from '../app-version';
import { createFileSecretStore } from '../services/secrets/file-secret-store';
import { rememberedPort, rememberPort } from './host-port';
import { loadHostToken } from './host-token';
import { startWebHost } from './server';

/**
 * `npm run web`: the browser shell. Serves the built renderer and the
 * contract on 127.0.0.1 and prints the URL (with the data folder's token) to open.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PARLEY_PORT },
      'data-dir': { type: 'string', default: process.env.PARLEY_DATA_DIR ?? resolve('.data') },
      'no-demo': { type: 'boolean', default: false },
      'rotate-token': { type: 'boolean', default: false },
      /** A policy.json standing in for the OS's machine policy (development, tests); SIGHUP reads it again. */
      policy: { type: 'string', default: process.env.PARLEY_POLICY },
    },
  });
  const policySources = values.policy === undefined ? [] : [jsonPolicySource(resolve(values.policy))];
  const dataDir = resolve(values['data-dir']);
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new Error(`--port must be a port number between 0 and 65535, got "${values.port}"`);
  }
  const core = startAppCore({
    dataDir,
    shell: 'web',
    version: appVersion,
    demoData: !values['no-demo'],
    createSecretStore: createFileSecretStore,
    policy: await readPolicy(policySources),
  });
  const token = loadHostToken(dataDir, { rotate: values['rotate-token'] });
  const serve = (on: number) => startWebHost({ core, rendererDir: resolve(import.meta.dirname, '../renderer'), port: on, token });
  // Without --port, the last run's port if it is still free, else any: an open page reconnects only to the same address.
  const remembered = rememberedPort(dataDir);
  const host =
    port !== undefined
      ? await serve(port)
      : await serve(remembered).catch((error: unknown) => {
          console.error(`Port ${remembered} is not available (${error instanceof Error ? error.message : String(error)}): listening on another.`);
          return serve(0);
        });
  rememberPort(dataDir, host.port);
  console.log(`Parley (browser shell) is running: open ${host.url}`);

  let stopping = false;
  // The terminal's Ctrl-C and the one `npm run web` forwards both arrive: the second must not cut the first short.
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', () => {
    readPolicy(policySources)
      .then((policy) => core.replacePolicy(policy))
      .then(() => console.log('Policy read again.'))
      .catch((error: unknown) => console.error(`[parley] policy re-read failed: ${error instanceof Error ? error.message : String(error)}`));
  });
}

main().catch((error: unknown) => {
  console.error(`Parley could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
