import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { sendRawInvite } from '../stack/raw-sip';
import { toneLevel, wavLevel } from '../stack/wav-level';
import type { BaresipPhone } from '../stack/baresip';
import { callMediaSteps, liveMicrophoneTracks, openPeerConnectionStates, watchCallMediaSteps } from './support/call-media-steps';
import { dialLinkAddress, expect, test } from './support/console-fixture';
import {
  agent,
  agentName,
  attachTelephonyLogs,
  callFrom,
  colleaguePhone,
  colleagueToneHz,
  customerPhone,
  customerToneHz,
  registeredConsole,
  startTelephonyWorld,
  type TelephonyWorld,
} from './support/telephony-fixture';

let world: TelephonyWorld;
/** Other specs share the browser shell's database and call too: these stories count only their own calls. */
let storiesStartedAt: number;

test.beforeAll(async () => {
  storiesStartedAt = Date.now();
  world = await startTelephonyWorld();
});

test.afterAll(async () => {
  await world?.stop();
});

test.beforeEach(() => {
  world.customer.forgetEvents();
  world.colleague.forgetEvents();
});

test.afterEach(async ({ parley }, testInfo) => {
  await attachTelephonyLogs(parley, testInfo, world);
});

async function saveAccount(page: Page, password: string): Promise<void> {
  await page.getByTestId('settings-open').click();
  await page.getByTestId('settings-tab-administration').click();
  await page.getByTestId('phone-server').fill(world.stack.webSocketUrl);
  await page.getByTestId('phone-username').fill(agent.username);
  await page.getByTestId('phone-domain').fill(world.stack.domain);
  await page.getByTestId('phone-display-name').fill('Anna Kovalenko');
  await page.getByTestId('phone-password').fill(password);
  await page.getByTestId('phone-account-save').click();
  await page.keyboard.press('Escape');
}

/** While the agent talks to one party, another is called on a second line (the first is held). */
async function consult(page: Page, phone: BaresipPhone, user: string): Promise<void> {
  await page.getByTestId('transfer-input').fill(user);
  await page.getByTestId('consult-button').click();
  await phone.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
  await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established');
  await expect(page.getByTestId('background-call')).toHaveAttribute('data-hold', 'on');
}

/** What a baresip heard on its latest call: the newest recording of the far end. */
function latestRecording(phone: BaresipPhone): string {
  const heard = readdirSync(phone.recordingsDir)
    .filter((file) => file.endsWith('-dec.wav'))
    .map((file) => join(phone.recordingsDir, file));
  return heard.sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs).at(-1) ?? '';
}

/** Every value one attribute takes from now on, however briefly: a transient state cannot slip by unseen. */
async function recordAttribute(page: Page, testId: string, attribute: string): Promise<() => Promise<string[]>> {
  await page.getByTestId(testId).evaluate((element, name) => {
    const seen: string[] = [];
    (window as unknown as { attributeHistory: string[] }).attributeHistory = seen;
    new MutationObserver(() => seen.push(element.getAttribute(name) ?? '')).observe(element, { attributes: true });
  }, attribute);
  return () => page.evaluate(() => (window as unknown as { attributeHistory: string[] }).attributeHistory);
}

/** RMS level of what the agent hears, measured from the page's remote <audio> stream. */
function remoteAudioLevel(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const audio = document.querySelector<HTMLAudioElement>('audio[data-testid="remote-audio"]');
    if (!(audio?.srcObject instanceof MediaStream)) return 0;
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    context.createMediaStreamSource(audio.srcObject).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    let loudest = 0;
    for (let i = 0; i < 20; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      analyser.getFloatTimeDomainData(samples);
      loudest = Math.max(loudest, Math.sqrt(samples.reduce((sum, sample) => sum + sample * sample, 0) / samples.length));
    }
    await context.close();
    return loudest;
  });
}

test.describe('the phone against a real SIP server', () => {
  test('says why it is not registered with a wrong password, and registers with the right one', async ({ parley }) => {
    const { page } = parley;
    const status = page.getByTestId('phone-status');

    await saveAccount(page, 'not-the-password');
    await expect(status).toHaveAttribute('data-registration', 'failed');
    await expect(page.getByTestId('phone-failure')).toHaveAttribute('data-reason', 'wrong-credentials');
    await expect(page.getByTestId('call-button')).toBeDisabled();

    await saveAccount(page, agent.password);
    await expect(status).toHaveAttribute('data-registration', 'registered');
    await expect(page.getByTestId('call-button')).toBeEnabled();
  });

  test("the phone's code cannot be fetched: it says the phone could not start, and starts when the console is opened again", async ({ parley }) => {
    const page = await registeredConsole(parley, world, { takesCalls: false });
    // The phone's code is a chunk of its own, fetched once the page has its first screen; here its fetch fails.
    const phoneCode = /\/assets\/softphone-[\w-]+\.js$/;
    await page.route(phoneCode, (route) => route.abort('connectionreset'));
    await page.reload();
    await expect(page.getByTestId('customer-search-input')).toBeEnabled();
    await expect(page.getByTestId('phone-failure')).toHaveAttribute('data-reason', 'not-loaded');
    await expect(page.getByTestId('phone-failure')).toHaveText('The phone could not start: restart the console');
    await expect(page.getByTestId('call-button')).toBeDisabled();

    await page.unroute(phoneCode);
    await page.reload();
    await expect(page.getByTestId('phone-status')).toHaveAttribute('data-registration', 'registered');
  });

  test('calls the customer: both sides hear each other, and hanging up ends it on both', async ({ parley }) => {
    const page = await registeredConsole(parley, world);

    await page.getByTestId('dial-input').fill(customerPhone.username);
    await page.getByTestId('call-button').click();
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established', { timeout: 10_000 });
    await world.customer.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');

    // RTP flows both ways through rtpengine (WebRTC on our side, plain RTP on the customer's)…
    const quality = page.getByTestId('call-quality');
    await expect.poll(async () => Number(await quality.getAttribute('data-packets-received')), { timeout: 10_000 }).toBeGreaterThan(50);
    await expect.poll(async () => Number(await quality.getAttribute('data-packets-sent')), { timeout: 10_000 }).toBeGreaterThan(50);

    // …the customer's 440 Hz tone reaches the agent's speaker…
    await expect.poll(() => remoteAudioLevel(page), { timeout: 10_000 }).toBeGreaterThan(0.05);

    // Settings saved with the phone account unchanged: the call and the registration carry on (no new connection).
    await parley.rawCall('phone.account.save', { server: world.stack.webSocketUrl, username: agent.username, domain: world.stack.domain, displayName: agentName, password: agent.password });
    await expect(world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED', 1_500)).rejects.toThrow();
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established');
    await expect(page.getByTestId('phone-status')).toHaveAttribute('data-registration', 'registered');

    await page.getByTestId('hangup-button').click();
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'ended');
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');

    // …and the agent's microphone (Chromium's fake device beeps) reached the customer.
    const heard = readdirSync(world.customer.recordingsDir).filter((file) => file.endsWith('-dec.wav'));
    expect(heard.length).toBeGreaterThan(0);
    const levels = heard.map((file) => wavLevel(join(world.customer.recordingsDir, file)));
    expect(Math.max(...levels)).toBeGreaterThan(0.01);
  });

  test('a customer calls: the console rings with their number, the agent answers, both hear each other', async ({ parley }) => {
    const page = await registeredConsole(parley, world);

    await world.customer.command('dial', `sip:${agent.username}@${world.stack.domain}`);
    const ringing = page.getByTestId('incoming-call');
    await expect(ringing).toBeVisible();
    await expect(page.getByTestId('incoming-caller-number')).toHaveText(customerPhone.username);
    // Focus is on Answer: the agent takes the call with Enter.
    await page.keyboard.press('Enter');

    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established');
    await world.customer.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
    await expect.poll(() => remoteAudioLevel(page), { timeout: 10_000 }).toBeGreaterThan(0.05);

    await page.getByTestId('hangup-button').click();
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
    await expect(ringing).toBeHidden();
  });

  test('a call declined from the keyboard: the customer hears busy and the console is free again', async ({ parley }) => {
    const page = await registeredConsole(parley, world);

    await world.customer.command('dial', `sip:${agent.username}@${world.stack.domain}`);
    await expect(page.getByTestId('incoming-call')).toBeVisible();
    await page.keyboard.press('Alt+H'); // declines a ringing call
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED' && /486|busy/i.test(String(event.param)));
    await expect(page.getByTestId('incoming-call')).toBeHidden();
    await expect(page.getByTestId('call-button')).toBeEnabled();
  });

  test('every call, answered or not, is in the store with its SIP Call-ID and outcome', async ({ parley }) => {
    const calls = parley.database
      .prepare<[string, number], { direction: string; outcome: string; sipCallId: string; answeredAt: number | null }>(
        `SELECT direction, outcome, sip_call_id AS sipCallId, answered_at AS answeredAt FROM interactions
         WHERE agent = ? AND started_at >= ? ORDER BY id`,
      )
      .all(agentName, storiesStartedAt);
    expect(calls.map((call) => `${call.direction}:${call.outcome}`)).toEqual(['outbound:answered', 'inbound:answered', 'inbound:declined']);
    for (const call of calls) expect(call.sipCallId.length).toBeGreaterThan(5);
    expect(calls[2]?.answeredAt).toBeNull();
 
    // Their SIP messages reach the support bundle's trace — sent in batches once the page is idle — with the times they passed through the page.
    const tracedSince = async () => {
      const answer = (await parley.rawCall('support.export-bundle', {})) as { ok: boolean; value?: { path: string } };
      const trace = strFromU8(unzipSync(readFileSync(answer.value?.path ?? ''))['sip-trace.txt'] ?? new Uint8Array());
      return [...trace.matchAll(/^--- (\S+) (sent|received)\n(SIP\/2\.0 \d{3}|[A-Z]+) /gm)].filter(([, at]) => Date.parse(at ?? '') >= storiesStartedAt).map(([, , direction, start]) => `${direction} ${start}`);
    };
    await expect.poll(tracedSince).toEqual(expect.arrayContaining(['sent INVITE', 'received INVITE', 'received SIP/2.0 200', 'sent SIP/2.0 486', 'sent BYE']));
  });

  test('an outgoing call leaves on the click with the offer prepared while the phone waited; the microphone, closed until then, joins it and is heard', async ({ parley }) => {
    await parley.page.addInitScript(watchCallMediaSteps);
    await parley.page.reload();
    const page = await registeredConsole(parley, world);
    // Waiting for a call: one peer connection with its offer made, and no microphone open (privacy light off).
    await expect.poll(() => openPeerConnectionStates(page)).toEqual(['have-local-offer']);
    expect(await liveMicrophoneTracks(page)).toBe(0);

    await callFrom(page, world.customer, customerPhone.username);
    const steps = await callMediaSteps(page);
    const afterClick = steps.slice(steps.lastIndexOf('click'));
    // Nothing is made between the click and the INVITE; the microphone is put on the prepared sender after it, without renegotiation.
    expect(afterClick.slice(0, afterClick.indexOf('invite'))).toEqual(['click']);
    expect(afterClick.indexOf('replaceTrack')).toBeGreaterThan(afterClick.indexOf('invite'));
    expect(afterClick).not.toContain('addTrack');

    // Two seconds of the agent's voice: Chromium's fake microphone beeps once a second.
    const quality = page.getByTestId('call-quality');
    await expect.poll(async () => Number(await quality.getAttribute('data-packets-sent')), { timeout: 10_000 }).toBeGreaterThan(100);
    await page.getByTestId('hangup-button').click();
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
    // The agent's microphone (Chromium's fake device beeps) reached the customer.
    expect(wavLevel(latestRecording(world.customer))).toBeGreaterThan(0.01);
    // The call's connection is closed, and the next call's is ready.
    await expect.poll(() => openPeerConnectionStates(page)).toEqual(['have-local-offer']);
  });

  test.describe('over TLS', () => {
    // The stack's certificate is made for this run: this browser context trusts it, the console does nothing special.
    test.use({ ignoreHTTPSErrors: true });

    test('registers over secure WebSocket (wss) and calls through it', async ({ parley }) => {
      const { page } = parley;
      await parley.rawCall('phone.account.save', {
        server: world.stack.secureWebSocketUrl,
        username: agent.username,
        domain: world.stack.domain,
        displayName: 'Anna Kovalenko',
        password: agent.password,
      });
      await expect(page.getByTestId('phone-status')).toHaveAttribute('data-registration', 'registered', { timeout: 10_000 });
      await page.getByTestId('agent-state-select').selectOption('ready');
      await callFrom(page, world.customer, customerPhone.username);
      await page.keyboard.press('Alt+H');
      await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
    });
  });

  test('a hostile INVITE (10 kB display name full of HTML and control characters) rings as plain text and breaks nothing', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    const hostileName = `<img src=x onerror="document.title='pwned'">\u0007\u001b[31m${'Ж'.repeat(10_000)}`;
    // Escaped as SIP's quoted-string wants it, so that the proxy passes it on to the console.
    // eslint-disable-next-line no-control-regex -- control characters are what this test sends.
    const quoted = hostileName.replace(/["\\\u0000-\u001f]/g, (character) => `\\${character}`);
    const answer = await sendRawInvite({ port: world.stack.udpPort, to: agent.username, domain: world.stack.domain, displayName: quoted });
    expect(answer).toMatch(/^SIP\/2\.0 1\d\d/);

    const name = page.getByTestId('incoming-caller-name');
    await expect(name).toBeVisible();
    const shown = await name.textContent();
    expect(shown?.length).toBeLessThanOrEqual(80);
    expect(shown).toContain('<img');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.title()).not.toBe('pwned');

    await page.getByTestId('decline-button').click();
    await expect(page.getByTestId('incoming-call')).toBeHidden();
    await expect(page.getByTestId('phone-status')).toHaveAttribute('data-registration', 'registered');
  });

  test('in a call: keypad digits reach the customer, hold stops the media, Alt+O resumes, Alt+H hangs up', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    await page.getByTestId('dial-input').fill(customerPhone.username);
    await page.getByTestId('call-button').click();
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established');
    await world.customer.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');

    await page.getByTestId('keypad-5').click();
    await world.customer.waitForEvent((event) => event.type === 'CALL_DTMF_START' && event.param === '5');
    await page.getByTestId('keypad-#').click();
    await world.customer.waitForEvent((event) => event.type === 'CALL_DTMF_START' && event.param === '#');

    const quality = page.getByTestId('call-quality');
    const received = async () => Number(await quality.getAttribute('data-packets-received'));
    const growthOver = async (ms: number) => {
      const before = await received();
      await page.waitForTimeout(ms);
      return (await received()) - before;
    };
    await expect.poll(received).toBeGreaterThan(20);

    await page.getByTestId('hold-button').click();
    await expect(page.getByTestId('hold-button')).toHaveAttribute('data-hold', 'on');
    await page.waitForTimeout(1_200); // let packets in flight land and the once-a-second stats catch up
    expect(await growthOver(2_100)).toBeLessThan(10);

    await page.keyboard.press('Alt+O'); // resume, without the mouse
    await expect(page.getByTestId('hold-button')).toHaveAttribute('data-hold', 'off');
    await expect.poll(() => growthOver(1_100), { timeout: 10_000 }).toBeGreaterThan(20);

    await page.keyboard.press('Alt+H');
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
  });

  test('blind transfer: the customer ends up talking to the colleague, and the agent is free', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    await page.getByTestId('dial-input').fill(customerPhone.username);
    await page.getByTestId('call-button').click();
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established');
    await world.customer.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');

    await page.getByTestId('transfer-input').fill(colleaguePhone.username);
    await page.getByTestId('transfer-button').click();

    const atColleague = await world.colleague.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
    expect(String(atColleague.peeruri)).toContain(customerPhone.username);
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'ended');

    await world.colleague.command('hangup');
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED' && String(event.peeruri).includes(colleaguePhone.username));
  });

  test('agent state: not ready turns callers away busy, ready rings, and an answered call ends in wrap-up until Done', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    const agentState = page.getByTestId('agent-state');
    await expect(agentState).toHaveAttribute('data-status', 'ready');

    await page.getByTestId('agent-state-select').selectOption('not-ready:lunch');
    await expect(agentState).toHaveAttribute('data-status', 'not-ready');
    await world.customer.command('dial', `sip:${agent.username}@${world.stack.domain}`);
    // Events arrive in order but are kept: wait for this one, a busy hang-up.
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED' && /486|busy/i.test(String(event.param)));
    await expect(page.getByTestId('incoming-call')).toBeHidden();

    await page.getByTestId('agent-state-select').selectOption('ready');
    await world.customer.command('dial', `sip:${agent.username}@${world.stack.domain}`);
    await page.getByTestId('answer-button').click();
    await expect(agentState).toHaveAttribute('data-status', 'on-call');
    await world.customer.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
    await page.getByTestId('hangup-button').click();
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');

    await expect(agentState).toHaveAttribute('data-status', 'wrap-up');
    await page.getByTestId('wrap-up-done').click();
    await expect(agentState).toHaveAttribute('data-status', 'ready');
  });

  test('a sip: link opens the dialer ready to call, and redial calls the same party again', async ({ parley }, testInfo) => {
    test.skip(testInfo.project.name === 'electron', 'Electron takes links from the OS, not from its page address (unit-tested)');
    let page = await registeredConsole(parley, world);
    await page.goto(dialLinkAddress(`sip:${customerPhone.username}@${world.stack.domain}`));
    page = parley.page;
    await expect(page.getByTestId('phone-status')).toHaveAttribute('data-registration', 'registered', { timeout: 10_000 });
    await expect(page.getByTestId('dial-input')).toHaveValue(`sip:${customerPhone.username}@${world.stack.domain}`);

    await page.getByTestId('call-button').click();
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established');
    await page.keyboard.press('Alt+H');
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');

    world.customer.forgetEvents();
    await page.getByTestId('redial-button').click();
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established');
    await world.customer.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
    await page.keyboard.press('Alt+H');
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
  });

  test('call waiting: a second caller is shown while the agent talks, answering holds the first, and the first comes back after', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    await callFrom(page, world.customer, customerPhone.username);

    await world.colleague.command('dial', `sip:${agent.username}@${world.stack.domain}`);
    const waiting = page.getByTestId('background-call');
    await expect(waiting).toHaveAttribute('data-call', 'incoming');
    await expect(page.getByTestId('background-call-party')).toContainText(colleaguePhone.username);
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established');

    await page.getByTestId('answer-waiting-button').click();
    await world.colleague.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
    // The first customer is on hold (the server agreed) and the colleague is the call in focus.
    await expect(waiting).toHaveAttribute('data-hold', 'on');
    await expect(page.getByTestId('background-call-party')).toContainText(customerPhone.username);
    await expect(page.getByTestId('hold-button')).toHaveAttribute('data-hold', 'off');
    await expect.poll(() => remoteAudioLevel(page), { timeout: 10_000 }).toBeGreaterThan(0.05);

    await page.keyboard.press('Alt+H');
    await world.colleague.waitForEvent((event) => event.type === 'CALL_CLOSED');
    // The held customer comes forward, still held until the agent resumes.
    await expect(page.getByTestId('background-calls')).toBeHidden();
    await expect(page.getByTestId('hold-button')).toHaveAttribute('data-hold', 'on');
    await page.keyboard.press('Alt+O');
    await expect(page.getByTestId('hold-button')).toHaveAttribute('data-hold', 'off');
    await expect.poll(() => remoteAudioLevel(page), { timeout: 10_000 }).toBeGreaterThan(0.05);
    await page.keyboard.press('Alt+H');
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'ended');
  });

  test('attended transfer: the agent consults the colleague, then hands the customer over and is free', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    await callFrom(page, world.customer, customerPhone.username);
    await consult(page, world.colleague, colleaguePhone.username);
    world.colleague.forgetEvents();

    await page.getByTestId('complete-transfer-button').click();

    // The colleague now talks to the customer, and both of the agent's legs are gone.
    await world.colleague.waitForEvent((event) => event.type === 'CALL_ESTABLISHED' && String(event.peeruri).includes(customerPhone.username));
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'ended', { timeout: 10_000 });
    await expect(page.getByTestId('background-calls')).toBeHidden();

    world.customer.forgetEvents();
    await world.colleague.command('hangup');
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
  });

  // baresip 1.0 stops recording what it hears after a re-INVITE, and the party held for the
  // consultation is re-INVITEd when the conference starts: each order proves one direction.
  for (const order of [
    { first: 'customer', second: 'colleague' },
    { first: 'colleague', second: 'customer' },
  ] as const) {
    test(`three-way conference: the ${order.second}, called second, hears the ${order.first}, and the agent hears both`, async ({ parley }) => {
      const parties = {
        customer: { phone: world.customer, user: customerPhone.username, toneHz: customerToneHz },
        colleague: { phone: world.colleague, user: colleaguePhone.username, toneHz: colleagueToneHz },
      };
      const [first, second] = [parties[order.first], parties[order.second]];
      const page = await registeredConsole(parley, world);
      await callFrom(page, first.phone, first.user);
      await consult(page, second.phone, second.user);

      await page.getByTestId('conference-button').click();
      await expect(page.getByTestId('background-call')).toHaveAttribute('data-hold', 'off');
      await expect(page.getByTestId('call-status')).toContainText(/conference/i);
      await expect.poll(() => remoteAudioLevel(page), { timeout: 10_000 }).toBeGreaterThan(0.05);
      // A few seconds of the mix for the recording.
      await page.waitForTimeout(2_000);

      await page.keyboard.press('Alt+H'); // ends the conference for everyone
      await first.phone.waitForEvent((event) => event.type === 'CALL_CLOSED');
      await second.phone.waitForEvent((event) => event.type === 'CALL_CLOSED');
      await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'ended');

      // The second party heard the first party's tone: only the page's mix could carry it.
      expect(toneLevel(latestRecording(second.phone), first.toneHz)).toBeGreaterThan(0.05);
    });
  }

  test('not ready with forwarding: a caller is sent on to the colleague instead of hearing busy', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    await parley.rawCall('settings.update', { notReadyForwardTo: colleaguePhone.username });
    await page.getByTestId('agent-state-select').selectOption('not-ready:meeting');

    try {
      await world.customer.command('dial', `sip:${agent.username}@${world.stack.domain}`);
      const atColleague = await world.colleague.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
      expect(String(atColleague.peeruri)).toContain(customerPhone.username);
      await expect(page.getByTestId('incoming-call')).toBeHidden();
      await world.colleague.command('hangup');
      await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
    } finally {
      await parley.rawCall('settings.update', { notReadyForwardTo: '' });
    }
  });

  test('a call the agent does not take shows as missed in My calls with a badge; Call back reaches the caller and today\'s count goes up', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    await expect(page.getByTestId('agent-state-time')).toHaveText(/\d+:\d\d$/);

    // What earlier stories left is seen first: the badge starts from nothing.
    await page.getByTestId('my-calls-open').click();
    await expect(page.getByTestId('my-calls-panel')).toBeVisible();
    const handledBefore = Number(await page.getByTestId('my-calls-handled').getAttribute('data-count'));
    const missedBefore = Number(await page.getByTestId('my-calls-missed').getAttribute('data-count'));
    await expect(page.getByTestId('my-calls-badge')).toBeHidden();

    // The customer calls (the ringing call takes the drawer's place) and gives up before the agent answers.
    await world.customer.command('dial', `sip:${agent.username}@${world.stack.domain}`);
    await expect(page.getByTestId('incoming-call')).toBeVisible();
    await expect(page.getByTestId('my-calls-panel')).toBeHidden();
    await expect(page.getByTestId('answer-button')).toBeFocused();
    await world.customer.command('hangup');
    await expect(page.getByTestId('incoming-call')).toBeHidden();
    await expect(page.getByTestId('my-calls-badge')).toHaveText('1');

    await page.getByTestId('my-calls-open').click();
    const missed = page.getByTestId('my-call').first();
    await expect(missed).toHaveAttribute('data-outcome', 'missed');
    await expect(missed).toHaveAttribute('data-number', customerPhone.username);
    await expect(missed).toHaveClass(/my-call--missed/);
    await expect(page.getByTestId('my-calls-missed')).toHaveAttribute('data-count', String(missedBefore + 1));
    // Looking at the list is seeing it.
    await expect(page.getByTestId('my-calls-badge')).toBeHidden();

    world.customer.forgetEvents();
    await missed.getByTestId('my-call-back').click();
    await expect(page.getByTestId('my-calls-panel')).toBeHidden();
    await world.customer.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established');

    // With the call up, Call back says why it cannot dial.
    await page.getByTestId('my-calls-open').click();
    await expect(page.getByTestId('my-calls-blocked')).toHaveAttribute('data-blocker', 'in-call');
    await expect(page.getByTestId('my-call-back').first()).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('my-calls-panel')).toBeHidden();
    await page.getByTestId('hangup-button').click();
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');

    await page.getByTestId('my-calls-open').click();
    const calledBack = page.getByTestId('my-call').first();
    await expect(calledBack).toHaveAttribute('data-outcome', 'answered');
    await expect(calledBack).toHaveAttribute('data-number', customerPhone.username);
    await expect(page.getByTestId('my-calls-handled')).toHaveAttribute('data-count', String(handledBefore + 1));
    await expect(page.getByTestId('my-calls-missed')).toHaveAttribute('data-count', String(missedBefore + 1));
  });

  // These two restart the registrar under everyone: last.
  test('the server connection drops mid-call: the call says reconnecting, then is recovered and can still be hung up', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    await callFrom(page, world.customer, customerPhone.username);
    const connectionHistory = await recordAttribute(page, 'call-status', 'data-connection');

    await world.stack.restartKamailio();

    await expect.poll(connectionHistory).toContain('reconnecting');
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-connection', 'live', { timeout: 15_000 });
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established');
    const quality = page.getByTestId('call-quality');
    const received = async () => Number(await quality.getAttribute('data-packets-received'));
    const before = await received();
    await expect.poll(received, { timeout: 10_000 }).toBeGreaterThan(before + 20);

    // The hang-up travels over the new connection and reaches the customer.
    await page.keyboard.press('Alt+H');
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
  });

  test('notices that Kamailio restarted and registers again, so calls reach it', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    const status = page.getByTestId('phone-status');

    // Everything the indicator shows from now on, however briefly.
    const registrationHistory = await recordAttribute(page, 'phone-status', 'data-registration');
    await world.stack.restartKamailio();

    // The registrar forgot everyone: the console must have stopped showing "registered" on faith…
    await expect.poll(registrationHistory).toContain('failed');
    // …and once the server is back, the binding is there again: a call reaches the console.
    await expect(status).toHaveAttribute('data-registration', 'registered', { timeout: 15_000 });
    await world.customer.command('dial', `sip:${agent.username}@${world.stack.domain}`);
    await expect(page.getByTestId('incoming-call')).toBeVisible();
    await page.getByTestId('decline-button').click();
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
  });
});
