import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { startBaresip, type BaresipPhone } from '../../stack/baresip';
import { startTelephonyStack, type PresenceOptions, type SipUser, type TelephonyStack } from '../../stack/telephony-stack';
import { writeTone } from '../../stack/tone';
import type { ConsoleUnderTest } from './console-fixture';

export const agent: SipUser = { username: 'agent-1001', password: 'agent-secret-1001' };
/** The name the agent's account gives: calls are stored under it. */
export const agentName = 'Anna Kovalenko';
export const customerPhone: SipUser = { username: 'customer-2001', password: 'customer-secret-2001', displayName: 'Olena Petrenko' };
export const colleaguePhone: SipUser = { username: 'colleague-3001', password: 'colleague-secret-3001' };
/** A colleague with an account whose phone is never on: calls to them are "unavailable", not "not found". */
export const absentColleague: SipUser = { username: 'colleague-3002', password: 'colleague-secret-3002' };

export interface TelephonyWorld {
  stack: TelephonyStack;
  customer: BaresipPhone;
  /** A second phone: where calls are transferred. */
  colleague: BaresipPhone;
  stop(): Promise<void>;
}

/** The tones the two baresips speak: different, so that a recording tells whose voice it holds. */
export const customerToneHz = 440;
export const colleagueToneHz = 880;

/**
 * Kamailio + rtpengine; baresip as the customer's phone and as a colleague's, each speaking its own steady tone.
 * `customer` may be a known customer's number (as the SIP user), for stories that need the screen pop.
 */
export async function startTelephonyWorld({
  customer: customerUser = customerPhone,
  queues = {},
  ringTimeoutSeconds,
  otherPhones = [],
  presence,
}: {
  customer?: SipUser;
  queues?: Readonly<Record<string, string>>;
  ringTimeoutSeconds?: number;
  /** Accounts for phones a spec starts itself (linphone, a raw SIP phone). */
  otherPhones?: readonly SipUser[];
  /** The presence server's settings (the board's stories shorten its expiry). */
  presence?: PresenceOptions;
} = {}): Promise<TelephonyWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-telephony-'));
  const customerVoice = writeTone(join(dir, 'customer-voice.wav'), 60, customerToneHz);
  const colleagueVoice = writeTone(join(dir, 'colleague-voice.wav'), 60, colleagueToneHz);
  const stack = await startTelephonyStack(join(dir, 'stack'), [agent, customerUser, colleaguePhone, absentColleague, ...otherPhones], queues, ringTimeoutSeconds, presence);
  const started: BaresipPhone[] = [];
  try {
    started.push(await startBaresip(join(dir, 'customer'), stack, customerUser, customerVoice));
    started.push(await startBaresip(join(dir, 'colleague'), stack, colleaguePhone, colleagueVoice));
  } catch (error) {
    // A phone that does not start must not leave the servers (and the other phone) running after the spec has failed.
    await Promise.all(started.map((phone) => phone.stop()));
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const [customer, colleague] = started as [BaresipPhone, BaresipPhone];
  return {
    stack,
    customer,
    colleague,
    stop: async () => {
      await colleague.stop();
      await customer.stop();
      await stack.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The agent's account, saved through the contract: for stories that start with a working phone. */
export async function registeredConsole(parley: ConsoleUnderTest, world: Pick<TelephonyWorld, 'stack'>, { takesCalls = true } = {}): Promise<Page> {
  await parley.rawCall('phone.account.save', {
    server: world.stack.webSocketUrl,
    username: agent.username,
    domain: world.stack.domain,
    displayName: agentName,
    password: agent.password,
  });
  await expect(parley.page.getByTestId('phone-status')).toHaveAttribute('data-registration', 'registered', { timeout: 10_000 });
  // A shift starts "not ready"; most stories need an agent who takes calls.
  if (takesCalls) await parley.page.getByTestId('agent-state-select').selectOption('ready');
  return parley.page;
}

/** The agent calls `phone` from the dialer and waits until both sides say the call is up. */
export async function callFrom(page: Page, phone: BaresipPhone, user: string): Promise<void> {
  await page.getByTestId('dial-input').fill(user);
  await page.getByTestId('call-button').click();
  await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established', { timeout: 10_000 });
  await phone.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
}

/** A failed story keeps what the servers and phones printed, beside its trace and in the report. */
export async function attachTelephonyLogs(parley: ConsoleUnderTest, testInfo: TestInfo, world: TelephonyWorld | undefined): Promise<void> {
  if (testInfo.status === testInfo.expectedStatus || !world) return;
  const reason = await parley.page.getByTestId('phone-failure').getAttribute('data-reason', { timeout: 500 }).catch(() => null);
  const body = [
    `phone failure reason: ${reason}`,
    world.stack.logs().slice(-20_000),
    `--- customer's baresip ---\n${world.customer.logs().slice(-10_000)}`,
    `--- colleague's baresip ---\n${world.colleague.logs().slice(-10_000)}`,
  ].join('\n');
  writeFileSync(testInfo.outputPath('telephony-logs.txt'), body);
  await testInfo.attach('telephony logs', { path: testInfo.outputPath('telephony-logs.txt'), contentType: 'text/plain' });
}
