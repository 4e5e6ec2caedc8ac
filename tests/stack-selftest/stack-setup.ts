import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startTelephonyStack } from '../stack/telephony-stack';
import { presenceAgents, users } from './peers';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The one Kamailio + rtpengine every self-test talks to. */
    stack: { domain: string; udpPort: number; webSocketUrl: string };
  }
}

/** One stack for all the self-tests (vitest globalSetup); each test file starts its own phones. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-stack-selftest-'));
  const stack = await startTelephonyStack(join(dir, 'stack'), [...Object.values(users), ...presenceAgents]);
  project.provide('stack', { domain: stack.domain, udpPort: stack.udpPort, webSocketUrl: stack.webSocketUrl });
  return async () => {
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
