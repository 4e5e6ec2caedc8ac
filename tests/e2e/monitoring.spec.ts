import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { callContract } from '../bench/contract-call';
import { latestRecording } from '../stack/baresip';
import { callWithRawInvite } from '../stack/raw-sip';
import { startRawSipPhone } from '../stack/raw-sip-phone';
import type { SipUser } from '../stack/telephony-stack';
import { toneLevel, wavSeconds } from '../stack/wav-level';
import { openSyncedConsole, rosterPerson, type SyncedConsole } from '../stack/synced-console';
import { startReferenceServer, type ReferenceServer } from '../sync/reference-server';
import { heardToneLevels, microphonePitch, oscillatorMicrophone } from './support/page-tone';
import { agent, agentName, customerToneHz, startTelephonyWorld, type TelephonyWorld } from './support/telephony-fixture';

/**
 * Listen, whisper and barge on the real stack, three parties: the customer
 * (baresip speaking 440 Hz), the agent's console (Chromium's fake
 * microphone beeps) and the supervisor's console (its microphone a 660 Hz
 * oscillator). Each console is its own browser shell on its own data
 * folder, both synced with the reference CRM, which issues the grants.
 * Who hears the supervisor is proved by tone detection on what each party
 * really received, never by the UI.
 */
const supervisorToneHz = 660;
const supervisor: SipUser = { username: 'supervisor-9001', password: 'supervisor-secret-9001' };
/** The PBX's own monitoring feature code for the agent, as a raw SIP endpoint registered under it. */
const pbxSpy: SipUser = { username: '*222agent-1001', password: 'spy-secret-222' };
const token = 'monitoring-crm-token';
const annaId = 'person-anna';
/**
 * dBFS, averaged: a tone that was played (the supervisor whispering measures
 * about -25) is far above the first; the codecs' artefacts around the
 * customer's tone (-75 to -64 at 660 Hz with no supervisor at all) stay
 * below the second.
 */
const presentAboveDb = -40;
const absentBelowDb = -55;

let world: TelephonyWorld;
let crm: ReferenceServer;
/** What the consoles warned about: printed when a story fails. */
const pageWarnings: string[] = [];

let agentConsole: SyncedConsole;
let supervisorConsole: SyncedConsole;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  world = await startTelephonyWorld({ otherPhones: [supervisor, pbxSpy] });
  crm = await startReferenceServer({ token });
  crm.publish(
    rosterPerson('person-sofia', `${supervisor.username}@${world.stack.domain}`, 'Sofia Bondar', 'supervisor', ['Support']),
    rosterPerson(annaId, `${agent.username}@${world.stack.domain}`, agentName, 'agent'),
    crm.supervisionKeyItem,
  );
  const common = { stack: world.stack, crm: { url: crm.url, token }, onWarning: (text: string) => pageWarnings.push(text) };
  agentConsole = await openSyncedConsole(browser, { ...common, user: agent, displayName: agentName });
  await agentConsole.page.getByTestId('agent-state-select').selectOption('ready');
  supervisorConsole = await openSyncedConsole(browser, { ...common, user: supervisor, displayName: 'Sofia Bondar', initScripts: [oscillatorMicrophone(supervisorToneHz)] });
});

// eslint-disable-next-line no-empty-pattern -- Playwright reads fixtures from this pattern; this hook needs none.
test.afterEach(({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) console.log(pageWarnings.join('\n'));
  pageWarnings.length = 0;
});

test.afterAll(async () => {
  await supervisorConsole?.close();
  await agentConsole?.close();
  await crm?.close();
  await world?.stop();
});

/** The customer's baresip calls the agent, who answers; resolves once both sides say the call is up. */
async function customerCallsAgent(agentPage: Page): Promise<void> {
  world.customer.forgetEvents();
  await world.customer.command('dial', `sip:${agent.username}@${world.stack.domain}`);
  await agentPage.getByTestId('answer-button').click({ timeout: 10_000 });
  await expect(agentPage.getByTestId('call-status')).toHaveAttribute('data-call', 'established', { timeout: 10_000 });
  await world.customer.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
}

/** The agent hangs up, the customer's phone hears it, and the wrap-up is saved: the agent is ready for the next call. */
async function agentHangsUp(agentPage: Page): Promise<void> {
  await agentPage.getByTestId('hangup-button').click();
  await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
  await agentPage.getByTestId('wrap-up-save').click();
  await expect(agentPage.locator('[data-testid="agent-state"][data-status="ready"]')).toBeVisible();
}

/** How loud `hertz` was in what the customer heard from `fromSecond` of the current call's recording on. */
async function customerHeard(hertz: number, fromSecond: number): Promise<number> {
  // Two seconds of the current mode.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  return toneLevel(latestRecording(world.customer) ?? '', hertz, fromSecond);
}

const customerRecordingSeconds = () => wavSeconds(latestRecording(world.customer) ?? '');

function boardRow(page: Page) {
  return page.locator(`[data-testid="monitoring-controls"][data-agent="${annaId}"]`);
}

test('listen, whisper, barge: the supervisor hears both; the agent hears the supervisor from Whisper on, the customer only in Barge and never on hold; mute silences the agent for the supervisor too; the agent hangs up and the supervisor is told why', async () => {
  test.setTimeout(120_000);
  const agentPage = agentConsole.page;
  const supervisorPage = supervisorConsole.page;
  await customerCallsAgent(agentPage);
  const beepHz = await microphonePitch(agentPage);
  // What the agent hears at 660 Hz from the customer's call alone (the codecs' artefacts), for the report.
  const agentBaseline = (await heardToneLevels(agentPage, [supervisorToneHz]))[supervisorToneHz] ?? -200;

  await supervisorPage.getByTestId('workspace-board').click();
  const row = boardRow(supervisorPage);
  await row.getByTestId('monitor-listen').click();
  const status = row.getByTestId('monitoring-status');
  await expect(status).toHaveAttribute('data-status', 'live', { timeout: 10_000 });
  // Not a customer call: nothing rang, nothing waits, and the agent is told who listens.
  await expect(agentPage.getByTestId('incoming-call')).toBeHidden();
  await expect(agentPage.getByTestId('supervisor-indicator')).toHaveAttribute('data-mode', 'listen');
  await expect(agentPage.getByTestId('supervisor-indicator')).toHaveText('Supervisor listening');

  let mark = customerRecordingSeconds();
  const atSupervisor = await heardToneLevels(supervisorPage, [customerToneHz, beepHz]);
  const atAgent = await heardToneLevels(agentPage, [supervisorToneHz]);
  console.log(`beep ${beepHz} Hz; at the supervisor ${JSON.stringify(atSupervisor)}; at the agent: before ${agentBaseline.toFixed(1)} dB, listening ${JSON.stringify(atAgent)}`);
  expect(atSupervisor[customerToneHz], 'the customer, at the supervisor').toBeGreaterThan(presentAboveDb);
  // The fake microphone beeps a fraction of the time: its average is lower than a steady tone's, still far above nothing.
  expect(atSupervisor[beepHz], 'the agent, at the supervisor').toBeGreaterThan(absentBelowDb);
  expect(atAgent[supervisorToneHz], 'the supervisor, at the agent (listen)').toBeLessThan(absentBelowDb);
  const customerOwnLevel = await customerHeard(beepHz, mark);
  const customerListen = await customerHeard(supervisorToneHz, mark);
  console.log(`at the customer, listen: 660 Hz ${customerListen.toFixed(5)}, beep ${customerOwnLevel.toFixed(5)}`);
  expect(customerListen, 'the supervisor, at the customer (listen)').toBeLessThan(0.002);

  await row.getByTestId('monitor-whisper').click();
  await expect(status).toHaveAttribute('data-mode', 'whisper');
  await expect(agentPage.getByTestId('supervisor-indicator')).toHaveText('Supervisor coaching');
  mark = customerRecordingSeconds();
  const whispered = (await heardToneLevels(agentPage, [supervisorToneHz]))[supervisorToneHz] ?? -200;
  console.log(`at the agent, whispered: ${whispered.toFixed(1)} dB`);
  expect(whispered, 'the supervisor, at the agent (whisper)').toBeGreaterThan(presentAboveDb);
  const customerWhisper = await customerHeard(supervisorToneHz, mark);
  console.log(`at the customer, whisper: 660 Hz ${customerWhisper.toFixed(5)}`);
  expect(customerWhisper, 'the supervisor, at the customer (whisper)').toBeLessThan(0.002);

  await row.getByTestId('monitor-barge').click();
  await expect(status).toHaveAttribute('data-mode', 'barge');
  await expect(agentPage.getByTestId('supervisor-indicator')).toHaveText('Supervisor joined');
  mark = customerRecordingSeconds();
  expect((await heardToneLevels(agentPage, [supervisorToneHz]))[supervisorToneHz] ?? -200, 'the supervisor, at the agent (barge)').toBeGreaterThan(presentAboveDb);
  const customerBarge = await customerHeard(supervisorToneHz, mark);
  console.log(`at the customer, barge: 660 Hz ${customerBarge.toFixed(5)}`);
  expect(customerBarge, 'the supervisor, at the customer (barge)').toBeGreaterThan(0.01);

  // Mute silences the agent for the supervisor too; the customer is still heard.
  await agentPage.getByTestId('mute-button').click();
  const muted = await heardToneLevels(supervisorPage, [customerToneHz, beepHz]);
  expect(muted[beepHz], 'the muted agent, at the supervisor').toBeLessThan(absentBelowDb);
  expect(muted[customerToneHz], 'the customer, at the supervisor (agent muted)').toBeGreaterThan(presentAboveDb);
  await agentPage.getByTestId('mute-button').click();

  // On hold the customer hears nobody, the supervisor barging included.
  await agentPage.getByTestId('hold-button').click();
  await expect(agentPage.getByTestId('hold-button')).toHaveAttribute('data-hold', 'on');
  mark = customerRecordingSeconds();
  const customerHeld = await customerHeard(supervisorToneHz, mark);
  console.log(`at the customer, barge on hold: 660 Hz ${customerHeld.toFixed(5)}`);
  expect(customerHeld, 'the supervisor, at the held customer').toBeLessThan(0.002);
  await agentPage.getByTestId('hold-button').click();
  await expect(agentPage.getByTestId('hold-button')).toHaveAttribute('data-hold', 'off');

  await agentHangsUp(agentPage);
  await expect(status).toHaveAttribute('data-status', 'ended', { timeout: 5_000 });
  await expect(status).toHaveAttribute('data-reason', 'customer-call-ended');
  await expect(status).toHaveText('The customer call ended');
  await expect(agentPage.getByTestId('supervisor-indicator')).toBeHidden();

  // Only the customer's call is the agent's call; both consoles recorded the session, with its three modes.
  expect(agentConsole.database.prepare('SELECT count(*) FROM interactions').pluck().get()).toBe(1);
  for (const opened of [agentConsole, supervisorConsole]) {
    await expect
      .poll(() => opened.database.prepare("SELECT end_reason FROM supervision_sessions WHERE agent_id = ? ORDER BY id DESC LIMIT 1").pluck().get(annaId))
      .toBe('call-ended');
    expect(opened.database.prepare('SELECT count(*) FROM supervision_mode_periods').pluck().get()).toBe(3);
  }
});

test('a forged grant: 403, no audio, the customer call goes on untouched, and the refusal is in the audit log', async () => {
  const agentPage = agentConsole.page;
  await customerCallsAgent(agentPage);
  const granted = (await callContract(supervisorConsole.host.url, 'supervision.grant.request', { agentId: annaId, mode: 'listen' })) as { grant: string };
  const [signed, signature = ''] = granted.grant.split('.');
  const forged = `${signed}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
  const code = await callWithRawInvite({
    port: world.stack.udpPort,
    domain: world.stack.domain,
    to: agent.username,
    fromUser: supervisor.username,
    extraHeaders: ['X-Parley-Supervision: ' + forged, 'X-Parley-Supervision-Mode: listen', 'X-Parley-Supervision-Session: 0b7c5a52-6d0f-4d8e-9a51-3f1e2d4c5b6a'],
  });
  expect(code).toBe(403);
  await expect(agentPage.getByTestId('incoming-call')).toBeHidden();
  await expect(agentPage.getByTestId('supervisor-indicator')).toBeHidden();
  await expect(agentPage.getByTestId('call-status')).toHaveAttribute('data-call', 'established');
  const refusal = agentConsole.database.prepare("SELECT details FROM audit_log WHERE action = 'supervision.grant-refused' ORDER BY id DESC LIMIT 1").pluck().get();
  expect(JSON.parse(String(refusal))).toMatchObject({ reason: 'forged', agentId: annaId });
  await agentHangsUp(agentPage);
});

test('with a PBX dial string set, Listen dials exactly that string (the agent’s extension in it), not the console mix', async () => {
  const spy = await startRawSipPhone(world.stack, pbxSpy, { kind: 'accept', media: { toneHz: customerToneHz } });
  try {
    await callContract(supervisorConsole.host.url, 'settings.update', { monitoringDialListen: '*222{agentExtension}' });
    const page = supervisorConsole.page;
    await page.getByTestId('workspace-board').click();
    await boardRow(page).getByTestId('monitor-listen').click();
    const invite = await spy.waitForRequest('INVITE', 10_000);
    expect(invite.startLine).toMatch(/^INVITE sip:\*222agent-1001@/);
    expect(invite.headers.some(([name]) => name.toLowerCase() === 'x-parley-supervision')).toBe(false);
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established', { timeout: 10_000 });
    await page.getByTestId('hangup-button').click();
    await spy.waitForRequest('BYE', 5_000);
  } finally {
    await callContract(supervisorConsole.host.url, 'settings.update', { monitoringDialListen: '' });
    await spy.stop();
  }
});

test('screenshots: the supervisor coaching from the board, and the agent told so, in English, Russian and Ukrainian (docs/screenshots)', async () => {
  test.setTimeout(90_000);
  const agentPage = agentConsole.page;
  const supervisorPage = supervisorConsole.page;
  await customerCallsAgent(agentPage);
  await supervisorPage.getByTestId('workspace-board').click();
  const row = boardRow(supervisorPage);
  await row.getByTestId('monitor-whisper').click();
  await expect(row.getByTestId('monitoring-status')).toHaveAttribute('data-status', 'live', { timeout: 10_000 });
  const folder = join(import.meta.dirname, '../../docs/screenshots');
  mkdirSync(folder, { recursive: true });
  try {
    for (const language of ['en', 'ru', 'uk'] as const) {
      for (const [opened, name] of [[supervisorConsole, 'monitoring-board'], [agentConsole, 'monitoring-agent']] as const) {
        await callContract(opened.host.url, 'settings.update', { language });
        await opened.page.setViewportSize({ width: 1280, height: 720 });
        await expect(opened.page.locator('html')).toHaveAttribute('lang', language);
        await opened.page.screenshot({ path: join(folder, `${name}-${language}.png`) });
      }
    }
  } finally {
    for (const opened of [supervisorConsole, agentConsole]) await callContract(opened.host.url, 'settings.update', { language: 'en' });
  }
  await agentHangsUp(agentPage);
});
