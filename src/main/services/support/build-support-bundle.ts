import { readdirSync, readFileSync } from 'node:fs';
import { arch, release, type } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { redactText } from '@shared/logging/redact-text';
import { redactValue } from '@shared/logging/redact-value';
import { storeStatistics } from '../../store/queries/store-statistics';
import { readPhoneAccount } from '../phone/phone-account-store';
import { readSettings } from '../settings/settings-store';
import { readCrmUrl } from '../sync/crm-connection-store';
import type { BundleInputs } from './bundle-inputs';

const readme = `Parley support bundle

versions.json   the app, its runtime and the operating system
policy.json     the managed configuration in effect and the problems found in it
settings.json   the console's settings and connections, redacted (no secrets are ever included)
store.json      database statistics: schema version, integrity check, row counts (no rows)
fuses.json      Electron's fuses as read from the packaged app
readiness.json  the agent's last readiness check (microphone, speaker, server)
sip-trace.txt   the last 200 SIP messages: identities, credentials and bodies redacted
logs/           the console's log files (main process and page), redacted when written and again here

Redacted everywhere: phone numbers, e-mail addresses, SIP user parts and display
names, Authorization headers, tokens and passwords, and every field that holds a
name, a note, a script answer or other text a customer or agent typed.
`;

function json(value: unknown): Uint8Array {
  return strToU8(`${JSON.stringify(value, null, 2)}\n`);
}

/** The connections without who is behind them: the servers, never the account or the CRM's path and token. */
function connections(inputs: BundleInputs): unknown {
  const account = readPhoneAccount(inputs.store);
  const crm = readCrmUrl(inputs.store);
  let crmOrigin: string | null = null;
  try {
    crmOrigin = crm ? new URL(crm).origin : null;
  } catch {
    crmOrigin = '(not a valid address)';
  }
  return {
    sipAccount: account ? { server: new URL(account.server).origin, domain: account.domain, username: account.username, displayName: account.displayName } : null,
    crm: crmOrigin,
  };
}

function logFiles(logsDir: string | null): Record<string, Uint8Array> {
  if (!logsDir) return { 'logs/README.txt': strToU8('This process wrote no log files.\n') };
  let names: string[] = [];
  try {
    names = readdirSync(logsDir).filter((name) => name.endsWith('.log'));
  } catch {
    return { 'logs/README.txt': strToU8(`The logs folder could not be read: ${logsDir}\n`) };
  }
  const files: Record<string, Uint8Array> = {};
  for (const name of names.sort()) {
    // Redacted when written; again here, for lines an older version wrote.
    files[`logs/${name}`] = strToU8(readFileSync(join(logsDir, name), 'utf8').split('\n').map(redactText).join('\n'));
  }
  return files;
}

function sipTrace(inputs: BundleInputs): Uint8Array {
  const messages = inputs.sipTrace();
  if (messages.length === 0) return strToU8('No SIP messages were recorded (the phone was not set up, or the trace is from another process).\n');
  return strToU8(messages.map((m) => `--- ${m.at} ${m.direction}\n${m.message}\n`).join('\n'));
}

/** The zip IT sends to support: everything needed to understand a seat's problem, nothing that identifies a customer or an agent. */
export async function buildSupportBundle(inputs: BundleInputs): Promise<{ zip: Uint8Array; entries: string[] }> {
  const now = (inputs.now ?? (() => new Date()))();
  const policy = inputs.policy();
  const files: Record<string, Uint8Array> = {
    'README.txt': strToU8(readme),
    'versions.json': json({
      createdAt: now.toISOString(),
      app: inputs.appVersion,
      shell: inputs.shell,
      node: process.versions.node,
      electron: process.versions.electron ?? null,
      chrome: process.versions.chrome ?? null,
      os: { type: type(), release: release(), arch: arch(), platform: process.platform },
    }),
    'policy.json': json(redactValue(policy)),
    'settings.json': json(redactValue({ settings: readSettings(inputs.store), connections: connections(inputs) })),
    'store.json': json(storeStatistics(inputs.store)),
    'fuses.json': json(await inputs.fuses()),
    'readiness.json': json(inputs.readiness ? redactValue(inputs.readiness) : { ran: false, note: 'not run (or not sent by the page)' }),
    'sip-trace.txt': sipTrace(inputs),
    ...logFiles(inputs.logsDir),
  };
  return { zip: zipSync(files, { level: 6, mtime: now }), entries: Object.keys(files) };
}
