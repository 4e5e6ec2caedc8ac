import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startLinphone, type LinphonePhone } from '../stack/linphone';
import { callWithRawInvite, startRawInvite } from '../stack/raw-sip';
import { startRawSipPhone, type RawSipPhone } from '../stack/raw-sip-phone';
import { g729OnlySdp, malformedSdp, pcmuSdp, videoOnlySdp } from '../stack/sdp';
import type { SipUser } from '../stack/telephony-stack';
import { writeTone } from '../stack/tone';
import { toneLevel } from '../stack/wav-level';
import { expect, test, type ConsoleUnderTest } from './support/console-fixture';
import { agent, agentName, attachTelephonyLogs, registeredConsole, startTelephonyWorld, type TelephonyWorld } from './support/telephony-fixture';

/**
 * The phone against peers other than baresip: a hand-written SIP phone for
 * what no well-behaved phone sends, and linphone, an independent client
 * that registers with GRUU as many desk phones and softphones do.
 */
const rawCallee: SipUser = { username: 'raw-5001', password: 'raw-secret-5001' };
const linphoneUser: SipUser = { username: 'linphone-4001', password: 'linphone-secret-4001' };
const linphoneToneHz = 880;

let world: TelephonyWorld;
let scratch: string;

test.beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'parley-peers-'));
  world = await startTelephonyWorld({ otherPhones: [rawCallee, linphoneUser] });
});

test.afterAll(async () => {
  await world?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

test.afterEach(async ({ parley }, testInfo) => {
  await attachTelephonyLogs(parley, testInfo, world);
});

function lastCall(parley: ConsoleUnderTest) {
  return parley.database
    .prepare<[string], { fromNumber: string; outcome: string | null; endReason: string | null; sipCode: number | null }>(
      'SELECT from_number AS fromNumber, outcome, end_reason AS endReason, sip_code AS sipCode FROM interactions WHERE agent = ? ORDER BY id DESC LIMIT 1',
    )
    .get(agentName);
}

const rawInvite = (options: Omit<Parameters<typeof callWithRawInvite>[0], 'port' | 'domain' | 'to'>) =>
  ({ port: world.stack.udpPort, domain: world.stack.domain, to: agent.username, ...options });

async function dial(page: Page, target: string): Promise<void> {
  await page.getByTestId('dial-input').fill(target);
  await page.getByTestId('call-button').click();
}

test.describe('offers and callers the console must not take as they come', () => {
  test('an offer with no codec the console speaks is refused with 488, an unreadable one with 400, each stored with its reason', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    expect(await callWithRawInvite(rawInvite({ sdp: g729OnlySdp }))).toBe(488);
    await expect.poll(() => lastCall(parley)).toMatchObject({ outcome: 'failed', endReason: 'no-common-codec', sipCode: 488 });
    expect(await callWithRawInvite(rawInvite({ sdp: videoOnlySdp }))).toBe(488);
    expect(await callWithRawInvite(rawInvite({ sdp: malformedSdp }))).toBe(400);
    await expect.poll(() => lastCall(parley)).toMatchObject({ outcome: 'failed', endReason: 'malformed-sdp', sipCode: 400 });
    // None of them rang, and the phone is as ready as before.
    await expect(page.getByTestId('incoming-call')).toBeHidden();
    await expect(page.getByTestId('phone-status')).toHaveAttribute('data-registration', 'registered');
  });

  test('a caller number with bidi controls rings and is stored clean; a huge one shortened; a Call-ID beyond the store’s limit is refused', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    // U+202E (right-to-left override) escaped in the user part, as SIP carries it: it would show the digits reversed.
    const reversed = startRawInvite(rawInvite({ fromUser: '+7916%E2%80%AE1234567', sdp: pcmuSdp }));
    await expect(page.getByTestId('incoming-caller-number')).toBeVisible();
    expect(await page.getByTestId('incoming-caller-number').textContent()).not.toContain('\u202E');
    await page.getByTestId('decline-button').click();
    expect(await reversed.final).toBe(486);
    await expect.poll(() => lastCall(parley)?.fromNumber).toBe('+79161234567');

    const huge = startRawInvite(rawInvite({ fromUser: '7'.repeat(1_000), sdp: pcmuSdp }));
    await expect(page.getByTestId('incoming-call')).toBeVisible();
    await page.getByTestId('decline-button').click();
    expect(await huge.final).toBe(486);
    await expect.poll(() => lastCall(parley)?.fromNumber.length).toBeLessThanOrEqual(256);
    await expect.poll(() => lastCall(parley)).toMatchObject({ outcome: 'declined', endReason: 'declined' });

    expect(await callWithRawInvite(rawInvite({ callId: `${'x'.repeat(2_000)}@raw.invalid`, sdp: pcmuSdp }))).toBe(400);
    await expect(page.getByTestId('incoming-call')).toBeHidden();
  });
});

test.describe('calls that only look connected', () => {
  let raw: RawSipPhone | undefined;
  test.afterEach(async () => {
    await raw?.stop();
    raw = undefined;
  });

  test('connected, yet no audio ever arrives: flagged within seconds, and the call is stored as a media failure', async ({ parley }) => {
    raw = await startRawSipPhone(world.stack, rawCallee, { kind: 'accept', media: 'none' });
    const page = await registeredConsole(parley, world, { takesCalls: false });
    await dial(page, rawCallee.username);
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established', { timeout: 10_000 });
    await expect(page.getByTestId('call-quality')).toHaveAttribute('data-verdict', 'no-audio', { timeout: 6_000 });
    await page.keyboard.press('Alt+H');
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-ending', 'media-failed');
    await expect(page.getByTestId('call-status')).toHaveText('Connected, but no audio ever arrived');
    await expect.poll(() => lastCall(parley)).toMatchObject({ outcome: 'answered', endReason: 'media-failed' });
  });

  test('a hang-up the far end never confirms is told as such, not as a plain "Call ended"', async ({ parley }) => {
    raw = await startRawSipPhone(world.stack, rawCallee, { kind: 'accept', media: { toneHz: 660 } });
    const page = await registeredConsole(parley, world, { takesCalls: false });
    await dial(page, rawCallee.username);
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established', { timeout: 10_000 });
    // The phone goes away without a word: our BYE reaches nobody.
    await raw.stop();
    raw = undefined;
    await page.keyboard.press('Alt+H');
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'ending');
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-ending', 'hangup-unconfirmed', { timeout: 8_000 });
    await expect(page.getByTestId('call-status')).toContainText('the other side did not confirm the hang-up');
    await expect.poll(() => lastCall(parley)).toMatchObject({ outcome: 'answered', endReason: 'hangup-unconfirmed' });
  });

  test('the customer puts the agent on hold from a plain SIP phone (sendonly) and back', async ({ parley }) => {
    raw = await startRawSipPhone(world.stack, rawCallee, { kind: 'accept', media: { toneHz: 660 } });
    const page = await registeredConsole(parley, world, { takesCalls: false });
    await dial(page, rawCallee.username);
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established', { timeout: 10_000 });
    expect(await raw.hold()).toBe(200);
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-remote-hold', 'true');
    expect(await raw.resume()).toBe(200);
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-remote-hold', 'false');
    expect(await raw.hangUp()).toBe(200);
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-ending', 'remote-hangup');
  });
});

test.describe('linphone, registered with GRUU', () => {
  let linphone: LinphonePhone;
  test.beforeAll(async () => {
    linphone = await startLinphone(join(scratch, 'linphone'), world.stack, linphoneUser, writeTone(join(scratch, 'linphone-voice.wav'), 60, linphoneToneHz));
  });
  test.afterAll(async () => {
    await linphone?.stop();
  });
  test.beforeEach(() => linphone.forgetEvents());

  test('the console calls linphone: audio both ways, hold and resume, and linphone hangs up', async ({ parley }) => {
    const page = await registeredConsole(parley, world, { takesCalls: false });
    await dial(page, linphoneUser.username);
    const incoming = await linphone.waitForCall((event) => event.state === 'incoming');
    await linphone.answer(incoming.callId);
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established', { timeout: 10_000 });
    const quality = page.getByTestId('call-quality');
    await expect.poll(async () => Number(await quality.getAttribute('data-packets-received')), { timeout: 10_000 }).toBeGreaterThan(50);

    await page.keyboard.press('Alt+O');
    await expect(page.getByTestId('hold-button')).toHaveAttribute('data-hold', 'on');
    await linphone.waitForCall((event) => event.callId === incoming.callId && event.state === 'paused-by-remote');
    await page.keyboard.press('Alt+O');
    await expect(page.getByTestId('hold-button')).toHaveAttribute('data-hold', 'off');
    await linphone.waitForCall((event) => event.callId === incoming.callId && event.state === 'streams-running');
    await page.waitForTimeout(1_500);

    await linphone.hangUp(incoming.callId);
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-ending', 'remote-hangup', { timeout: 5_000 });
    await linphone.waitForCall((event) => event.callId === incoming.callId && event.state === 'ended');
    // What linphone heard after the resume: the agent's microphone, not silence.
    expect(toneLevel(linphone.heard(incoming.callId), 440) + toneLevel(linphone.heard(incoming.callId), 880)).toBeGreaterThan(0);
    expect(linphone.receivedRequests().some((line) => line.startsWith('ACK '))).toBe(true);
  });

  test('linphone calls the console: the agent hears it, hangs up, and linphone is told at once (the BYE reaches its GRUU)', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    const outgoing = await linphone.call(`sip:${agent.username}@${world.stack.domain}`);
    await expect(page.getByTestId('incoming-call')).toBeVisible({ timeout: 10_000 });
    await page.keyboard.press('Alt+A');
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established', { timeout: 10_000 });
    const quality = page.getByTestId('call-quality');
    await expect.poll(async () => Number(await quality.getAttribute('data-packets-received')), { timeout: 10_000 }).toBeGreaterThan(50);
    await expect(quality).toHaveAttribute('data-verdict', 'good');

    await page.keyboard.press('Alt+H');
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-ending', 'local-hangup', { timeout: 5_000 });
    await linphone.waitForCall((event) => event.callId === outgoing && event.state === 'ended', 3_000);
  });
});
