import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { SipUser } from '../stack/telephony-stack';

/** Each test file has its own phones' users, so that files running side by side cannot take each other's calls. */
export const users = {
  baresipForLinphone: { username: 'customer-2001', password: 'customer-secret-2001' },
  linphone: { username: 'linphone-4001', password: 'linphone-secret-4001' },
  baresipForRawPhone: { username: 'customer-2002', password: 'customer-secret-2002' },
  rawPhone: { username: 'raw-5001', password: 'raw-secret-5001' },
  baresipForRawInvites: { username: 'customer-2003', password: 'customer-secret-2003' },
  rawPhoneForRawInvites: { username: 'raw-5002', password: 'raw-secret-5002' },
  presenceWatcher: { username: 'watcher-6001', password: 'watcher-secret-6001' },
} satisfies Record<string, SipUser>;

/** Agents that publish their presence all at once, for the watch's burst test. */
export const presenceAgents: SipUser[] = Array.from({ length: 30 }, (_, index) => ({ username: `presence-agent-${7001 + index}`, password: `presence-secret-${7001 + index}` }));

/** The tones the peers speak: different, so that a recording tells whose voice it holds. */
export const tones = { baresip: 440, linphone: 880, raw: 660 };

export function stack(): { domain: string; udpPort: number; webSocketUrl: string } {
  return inject('stack');
}

/** A temporary folder for one test file's phones, and its removal. */
export function scratchDir(name: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `parley-${name}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
