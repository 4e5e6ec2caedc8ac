import type { Page } from '@playwright/test';
import { refusedMicrophone } from './support/call-media-steps';
import { expect, test, type ConsoleUnderTest } from './support/console-fixture';
import { absentColleague, agentName, attachTelephonyLogs, callFrom, colleaguePhone, customerPhone, registeredConsole, startTelephonyWorld, type TelephonyWorld } from './support/telephony-fixture';

/**
 * The phone when things go wrong, against the real stack: every failure is
 * told with its reason and stored with it, and the console notices a server
 * or a media path that stopped working.
 */
let world: TelephonyWorld;
/** A short "no answer" timer on the proxy, so that an unanswered call ends within the story. */
const ringTimeoutSeconds = 6;

test.beforeAll(async () => {
  world = await startTelephonyWorld({ ringTimeoutSeconds });
});

test.afterAll(async () => {
  await world?.stop();
});

test.beforeEach(async () => {
  world.customer.forgetEvents();
  world.colleague.forgetEvents();
  await world.customer.command('answermode', 'auto');
  await world.colleague.command('answermode', 'auto');
});

test.afterEach(async ({ parley }, testInfo) => {
  await attachTelephonyLogs(parley, testInfo, world);
});

/** How the agent's latest call is stored. */
function lastCall(parley: ConsoleUnderTest) {
  return parley.database
    .prepare<[string], { outcome: string | null; endReason: string | null; sipCode: number | null; silence: number | null }>(
      'SELECT outcome, end_reason AS endReason, sip_code AS sipCode, longest_no_audio_s AS silence FROM interactions WHERE agent = ? ORDER BY id DESC LIMIT 1',
    )
    .get(agentName);
}

async function dial(page: Page, target: string): Promise<void> {
  await page.getByTestId('dial-input').fill(target);
  await page.getByTestId('call-button').click();
}

async function expectEnding(page: Page, reason: string, code: number | null, text: string, timeout = 10_000): Promise<void> {
  const status = page.getByTestId('call-status');
  await expect(status).toHaveAttribute('data-ending', reason, { timeout });
  if (code !== null) await expect(status).toHaveAttribute('data-code', String(code));
  await expect(status).toHaveText(text);
}

test.describe('the phone when things go wrong', () => {
  test('an outgoing call the customer turns down says "Busy (486)" and is stored as busy', async ({ parley }) => {
    const page = await registeredConsole(parley, world, { takesCalls: false });
    await world.customer.command('answermode', 'manual');
    await dial(page, customerPhone.username);
    await world.customer.waitForEvent((event) => event.type === 'CALL_INCOMING');
    await world.customer.command('hangup');
    await expectEnding(page, 'busy', 486, 'Busy (486)');
    await expect.poll(() => lastCall(parley)).toMatchObject({ outcome: 'busy', endReason: 'busy', sipCode: 486 });
  });

  test('a number nobody has says "No such number (404)"; a colleague whose phone is off, "Not reachable right now (480)"', async ({ parley }) => {
    const page = await registeredConsole(parley, world, { takesCalls: false });
    await dial(page, 'nobody-9999');
    await expectEnding(page, 'not-found', 404, 'No such number (404)');
    await expect.poll(() => lastCall(parley)).toMatchObject({ outcome: 'failed', endReason: 'not-found', sipCode: 404 });

    await dial(page, absentColleague.username);
    await expectEnding(page, 'unavailable', 480, 'Not reachable right now (480)');
    await expect.poll(() => lastCall(parley)).toMatchObject({ outcome: 'failed', endReason: 'unavailable', sipCode: 480 });
  });

  test('a call nobody answers ends as "No answer (408)" when the server gives up, stored as no-answer', async ({ parley }) => {
    const page = await registeredConsole(parley, world, { takesCalls: false });
    await world.customer.command('answermode', 'manual');
    await dial(page, customerPhone.username);
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'ringing');
    await expectEnding(page, 'no-answer', 408, 'No answer (408)', (ringTimeoutSeconds + 5) * 1_000);
    await expect.poll(() => lastCall(parley)).toMatchObject({ outcome: 'no-answer', endReason: 'no-answer', sipCode: 408 });
  });

  test('the agent gives up before the answer: "Call cancelled", stored as cancelled', async ({ parley }) => {
    const page = await registeredConsole(parley, world, { takesCalls: false });
    await world.customer.command('answermode', 'manual');
    await dial(page, customerPhone.username);
    await world.customer.waitForEvent((event) => event.type === 'CALL_INCOMING');
    await page.keyboard.press('Alt+H');
    await expectEnding(page, 'cancelled', null, 'Call cancelled');
    await expect.poll(() => lastCall(parley)).toMatchObject({ outcome: 'cancelled', endReason: 'cancelled' });
  });

  test('a microphone that cannot open fails an outgoing call as "No microphone" although its INVITE had left, and the customer stops ringing', async ({ parley }) => {
    await parley.page.addInitScript(refusedMicrophone);
    await parley.page.reload();
    const page = await registeredConsole(parley, world, { takesCalls: false });
    await world.customer.command('answermode', 'manual');
    await dial(page, customerPhone.username);
    await expectEnding(page, 'no-microphone', null, 'No microphone, or access to it was denied');
    await expect.poll(() => lastCall(parley)).toMatchObject({ outcome: 'failed', endReason: 'no-microphone' });
    // The INVITE went with the prepared offer before the microphone was refused: it is cancelled, not left ringing.
    const rang = await world.customer.waitForEvent((event) => event.type === 'CALL_INCOMING', 2_000).then(
      () => true,
      () => false,
    );
    if (rang) await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
  });

  test('the customer puts the agent on hold and back: shown as such, and not as a media failure', async ({ parley }) => {
    const page = await registeredConsole(parley, world, { takesCalls: false });
    await callFrom(page, world.customer, customerPhone.username);
    const status = page.getByTestId('call-status');
    await world.customer.command('hold');
    await expect(status).toHaveAttribute('data-remote-hold', 'true');
    await expect(status).toContainText('On hold by the other side');
    await expect(page.getByTestId('call-quality')).toHaveAttribute('data-verdict', 'held', { timeout: 5_000 });
    await page.waitForTimeout(3_500);
    await expect(page.getByTestId('call-quality')).toHaveAttribute('data-verdict', 'held');

    await world.customer.command('resume');
    await expect(status).toHaveAttribute('data-remote-hold', 'false');
    await expect(page.getByTestId('call-quality')).toHaveAttribute('data-verdict', 'good', { timeout: 5_000 });
    await page.keyboard.press('Alt+H');
    await expectEnding(page, 'local-hangup', 200, 'Call ended');
    await expect.poll(() => lastCall(parley)).toMatchObject({ endReason: 'local-hangup', silence: 0 });
  });

  test('audio that stops mid-call (the media server hangs) is flagged within seconds and kept with the call', async ({ parley }) => {
    const page = await registeredConsole(parley, world, { takesCalls: false });
    await callFrom(page, world.customer, customerPhone.username);
    const quality = page.getByTestId('call-quality');
    await expect(quality).toHaveAttribute('data-verdict', 'good', { timeout: 5_000 });

    world.stack.freezeRtpengine();
    try {
      await expect(quality).toHaveAttribute('data-verdict', 'no-audio', { timeout: 6_000 });
      await expect(quality).toContainText('No audio from the other side for');
    } finally {
      world.stack.thawRtpengine();
    }
    // The customer's BYE ends the call for both: no BYE of ours follows it (sip.js would throw, the far end answer 481).
    const pageErrors: string[] = [];
    const owedByes: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.text().includes('A BYE owed')) owedByes.push(message.text());
    });
    await world.customer.command('hangup');
    await expectEnding(page, 'remote-hangup', null, 'The other side hung up');
    await expect.poll(() => lastCall(parley)?.silence ?? 0).toBeGreaterThanOrEqual(3);
    expect(pageErrors).toEqual([]);
    expect(owedByes).toEqual([]);
  });

  test('a blind transfer to a busy colleague brings the customer back to the agent, saying why', async ({ parley }) => {
    const page = await registeredConsole(parley, world, { takesCalls: false });
    await callFrom(page, world.customer, customerPhone.username);
    await world.colleague.command('answermode', 'manual');
    await page.getByTestId('transfer-input').fill(colleaguePhone.username);
    await page.getByTestId('transfer-button').click();
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-transfer', /asking|ringing/);
    await world.colleague.waitForEvent((event) => event.type === 'CALL_INCOMING');
    await world.colleague.command('hangup');

    await expect(page.getByTestId('call-status')).toHaveAttribute('data-transfer', 'failed');
    await expect(page.getByTestId('transfer-status')).toContainText('Transfer failed: Busy (486). The call is still with you.');
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established');

    // Tried again to a colleague whose phone is off: told as such, and the customer is still there to talk to.
    await page.getByTestId('transfer-input').fill(absentColleague.username);
    await page.getByTestId('transfer-button').click();
    await expect(page.getByTestId('transfer-status')).toContainText('Not reachable right now (480)');
    await page.keyboard.press('Alt+H');
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
  });

  test('a frozen SIP server turns the phone red within 6 s, and it is ready again within seconds of thawing', async ({ parley }) => {
    const page = await registeredConsole(parley, world, { takesCalls: false });
    const status = page.getByTestId('phone-status');
    world.stack.freezeKamailio();
    try {
      await expect(status).toHaveAttribute('data-registration', 'failed', { timeout: 7_000 });
      await expect(page.getByTestId('phone-failure')).toHaveAttribute('data-reason', 'unresponsive');
    } finally {
      world.stack.thawKamailio();
    }
    await expect(status).toHaveAttribute('data-registration', 'registered', { timeout: 5_000 });
  });

  test('an outage longer than the grace period ends the call as "connection lost", and the customer gets its BYE once the server is back', async ({ parley }) => {
    test.setTimeout(90_000);
    const page = await registeredConsole(parley, world, { takesCalls: false });
    await callFrom(page, world.customer, customerPhone.username);
    await world.stack.stopKamailio();
    try {
      await expect(page.getByTestId('call-status')).toHaveAttribute('data-connection', 'reconnecting', { timeout: 5_000 });
      await expectEnding(page, 'connection-lost', null, 'Connection to the server lost; the call could not be recovered', 35_000);
      await expect.poll(() => lastCall(parley)).toMatchObject({ outcome: 'answered', endReason: 'connection-lost' });
    } finally {
      await world.stack.startKamailio();
    }
    await expect(page.getByTestId('phone-status')).toHaveAttribute('data-registration', 'registered', { timeout: 8_000 });
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED', 10_000);
  });
});
