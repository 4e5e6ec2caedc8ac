import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { startBaresip, type BaresipPhone } from '../stack/baresip';
import { startRawInvite } from '../stack/raw-sip';
import { pcmuSdp } from '../stack/sdp';
import { startTelephonyStack, type SipUser, type TelephonyStack } from '../stack/telephony-stack';
import { writeTone } from '../stack/tone';
import { expect, test, type ConsoleUnderTest } from './support/console-fixture';
import { agent, registeredConsole } from './support/telephony-fixture';
import { startWebHost } from '../stack/web-host';

// Callers whose SIP user is a phone number, as a PSTN gateway presents them: the console reads them in E.164 (+7…).
const newCaller: SipUser = { username: '79161230001', password: 'caller-secret-1' };
const familyLine: SipUser = { username: '74951230002', password: 'caller-secret-2' };

let dir: string;
let stack: TelephonyStack;
let newCallerPhone: BaresipPhone;
let familyPhone: BaresipPhone;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parley-wrap-up-'));
  const voice = writeTone(join(dir, 'voice.wav'), 60, 440);
  stack = await startTelephonyStack(join(dir, 'stack'), [agent, newCaller, familyLine]);
  newCallerPhone = await startBaresip(join(dir, 'new-caller'), stack, newCaller, voice);
  familyPhone = await startBaresip(join(dir, 'family'), stack, familyLine, voice);
});

test.afterAll(async () => {
  await familyPhone?.stop();
  await newCallerPhone?.stop();
  await stack?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test.beforeEach(() => {
  newCallerPhone.forgetEvents();
  familyPhone.forgetEvents();
});

// eslint-disable-next-line no-empty-pattern -- Playwright reads fixtures from this pattern; this hook needs none.
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  const body = [stack.logs().slice(-20_000), `--- family line ---\n${familyPhone.logs().slice(-10_000)}`, `--- new caller ---\n${newCallerPhone.logs().slice(-10_000)}`].join('\n');
  await testInfo.attach('telephony logs', { body, contentType: 'text/plain' });
});

const dialAgent = (phone: BaresipPhone) => phone.command('dial', `sip:${agent.username}@${stack.domain}`);

/** A datetime-local value for a moment from now, in the page's (and this machine's) time zone. */
function localInput(msFromNow: number): string {
  const at = Date.now() + msFromNow;
  return new Date(at - new Date(at).getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

async function answerAndHangUp(page: Page, phone: BaresipPhone): Promise<void> {
  await page.getByTestId('answer-button').click();
  await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established', { timeout: 10_000 });
  await page.getByTestId('hangup-button').click();
  await phone.waitForEvent((event) => event.type === 'CALL_CLOSED');
}

test.describe.serial('screen pop and wrap-up', () => {
  test.afterAll(async ({ browser }) => {
    // The shared console's policy goes back to what it ships with, for the specs after this one.
    const page = await browser.newPage();
    await page.goto(process.env.PARLEY_E2E_URL ?? '');
    await page.evaluate(async () => {
      const token = sessionStorage.getItem('parley.token') ?? '';
      const socket = new WebSocket(`ws://${location.host}/contract?token=${encodeURIComponent(token)}`);
      await new Promise((opened) => (socket.onopen = opened));
      socket.send(JSON.stringify({ id: 1, method: 'settings.update', params: { requireDisposition: false } }));
      await new Promise((answered) => (socket.onmessage = answered));
      socket.close();
    });
    await page.close();
  });

  test('an unknown caller is created while it rings, keeping the number; the wrap-up records codes, note and a promise', async ({ parley }) => {
    await parley.rawCall('settings.update', { requireDisposition: true });
    const page = await registeredConsole(parley, { stack });
    await dialAgent(newCallerPhone);

    const unknown = page.getByTestId('unknown-caller');
    await expect(unknown).toContainText('+7 916 123');
    await expect(page.getByTestId('new-customer-phone')).toHaveValue('+79161230001');
    await page.getByTestId('new-customer-first-name').fill('<b>Olena</b>');
    await page.getByTestId('new-customer-last-name').fill('Petrenko');
    await page.getByTestId('new-customer-create').click();
    // The card is on screen while the call still rings, the name shown as the text it is.
    await expect(page.getByTestId('customer-card').getByRole('heading', { level: 2 })).toContainText('<b>Olena</b> Petrenko');
    await expect(page.getByTestId('answer-button')).toBeVisible();

    // Ringing: the note is open, the codes and promises wait for the end of the call.
    await expect(page.getByTestId('wrap-up-disposition')).toBeHidden();
    await page.getByTestId('note-draft').fill('Parcel lost by the courier');
    await answerAndHangUp(page, newCallerPhone);
    await expect(page.getByTestId('agent-state')).toHaveAttribute('data-status', 'wrap-up');
    await expect(page.getByTestId('wrap-up-needs-disposition')).toBeVisible();
    await expect(page.getByTestId('wrap-up-done')).toBeDisabled();

    await page.getByTestId('wrap-up-disposition').selectOption('callback-scheduled');
    await page.getByRole('checkbox', { name: 'Delivery delay' }).check();
    await page.getByTestId('wrap-up-wanted').fill('The parcel, today');
    await page.getByTestId('wrap-up-offered').fill('A 10 % voucher');
    await page.getByTestId('wrap-up-add-promise').click();
    await page.getByTestId('promise-description').fill('Call back with the new tracking number');
    await expect(page.getByTestId('promise-owner-name')).toHaveValue('Anna Kovalenko');
    await page.getByTestId('promise-due').fill(localInput(30 * 60_000));
    await page.getByTestId('wrap-up-save').click();

    await expect(page.getByTestId('wrap-up-saved')).toBeVisible();
    await expect(page.getByTestId('agent-state')).toHaveAttribute('data-status', 'ready');
    // The agent has moved on: the call bar no longer says how the last call ended, the script pane
    // waits for the next call, and the history shows how the call went, not "In progress".
    await expect(page.getByTestId('call-status')).not.toHaveAttribute('data-call', 'ended');
    await expect(page.getByTestId('call-script')).toHaveCount(0);
    const callInHistory = page.getByTestId('customer-card').getByTestId('timeline-entry').filter({ hasText: 'Inbound call' });
    await expect(callInHistory).toContainText('Answered');
    await expect(callInHistory).not.toContainText('In progress');
    const call = parley.database
      .prepare(
        `SELECT i.disposition_code AS disposition, i.customer_wanted AS wanted, i.we_offered AS offered, c.display_name AS name,
                (SELECT group_concat(code) FROM interaction_root_causes WHERE interaction_id = i.id) AS causes,
                (SELECT body FROM notes WHERE interaction_id = i.id) AS note,
                (SELECT count(*) FROM note_drafts WHERE interaction_id = i.id) AS drafts
         FROM interactions i JOIN customers c ON c.id = i.customer_id WHERE i.from_number = '+79161230001' ORDER BY i.id DESC LIMIT 1`,
      )
      .get();
    expect(call).toEqual({
      disposition: 'callback-scheduled',
      wanted: 'The parcel, today',
      offered: 'A 10 % voucher',
      name: '<b>Olena</b> Petrenko',
      causes: 'delivery-delay',
      note: 'Parcel lost by the courier',
      drafts: 0,
    });
  });

  test('the next call from the same number pops the card with the promise first, and reminds its owner', async ({ parley }) => {
    const page = await registeredConsole(parley, { stack });
    await expect(page.getByTestId('promise-reminder')).toContainText('Call back with the new tracking number');
    await dialAgent(newCallerPhone);
    await expect(page.getByTestId('answer-button')).toBeVisible();
    const card = page.getByTestId('customer-card');
    await expect(card).toContainText('<b>Olena</b> Petrenko');
    await expect(card.getByTestId('open-promise').first()).toContainText('Call back with the new tracking number');
    await page.getByTestId('decline-button').click();
    await newCallerPhone.waitForEvent((event) => event.type === 'CALL_CLOSED');

    await card.getByTestId('promise-kept').click();
    await expect(card.getByTestId('open-promise')).toHaveCount(0);
    await expect(page.getByTestId('promise-reminders')).toHaveCount(0);

    // A caller nobody knows rings next: Olena's card goes, so the question "who is calling" never sits on her history.
    const stranger = startRawInvite({ port: stack.udpPort, domain: stack.domain, to: agent.username, fromUser: '+79990001122', sdp: pcmuSdp });
    await expect(page.getByTestId('unknown-caller')).toBeVisible();
    await expect(page.getByTestId('customer-card')).toHaveCount(0);
    stranger.cancel();
    expect(await stranger.final).toBe(487);
  });

  test('a number two customers share asks who is calling, and the choice opens that card', async ({ parley }) => {
    for (const customer of [
      { firstName: 'Ivan', lastName: 'Sokolov', phone: '+7 495 123-00-02' },
      { firstName: 'Maria', lastName: 'Sokolova', phone: '8 495 123 00 02' },
    ]) {
      expect(await parley.rawCall('customers.create', customer)).toMatchObject({ ok: true });
    }
    const page = await registeredConsole(parley, { stack });
    await dialAgent(familyPhone);

    const chooser = page.getByTestId('caller-chooser');
    await expect(chooser.getByTestId('caller-choice')).toHaveCount(2);
    await chooser.getByRole('button', { name: /Maria Sokolova/ }).click();
    await expect(page.getByTestId('customer-card')).toContainText('Maria Sokolova');
    await expect(chooser).toHaveCount(0);
    await expect(page.getByTestId('answer-button')).toBeVisible();
    await page.getByTestId('decline-button').click();
    await familyPhone.waitForEvent((event) => event.type === 'CALL_CLOSED');
  });

  test('a second caller while the agent talks is named as the card would name them', async ({ parley }) => {
    const page = await registeredConsole(parley, { stack });
    await dialAgent(familyPhone);
    await page.getByTestId('answer-button').click();
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established', { timeout: 10_000 });

    await dialAgent(newCallerPhone);
    await expect(page.getByTestId('background-call')).toHaveAttribute('data-call', 'incoming');
    await expect(page.getByTestId('background-call-party')).toContainText('<b>Olena</b> Petrenko');
    await page.getByTestId('decline-waiting-button').click();
    await newCallerPhone.waitForEvent((event) => event.type === 'CALL_CLOSED');
    await page.getByTestId('hangup-button').click();
    await familyPhone.waitForEvent((event) => event.type === 'CALL_CLOSED');
  });
});

/** The console opened on a host a story started itself, registered, with the new caller's call answered. */
async function answeredCallOn(parley: ConsoleUnderTest, hostUrl: string): Promise<Page> {
  await parley.page.goto(hostUrl);
  const page = await registeredConsole(parley, { stack });
  await dialAgent(newCallerPhone);
  await page.getByTestId('answer-button').click();
  await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established', { timeout: 10_000 });
  return page;
}

test('a note typed during a call survives kill -9 of the host and is back, with its call, on the next start', async ({ parley }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-wrap-up-host-'));
  let host = await startWebHost(dataDir, ['--no-demo']);
  try {
    const page = await answeredCallOn(parley, host.url);

    const note = 'Wants the refund to the card, not a voucher';
    await page.getByTestId('note-draft').fill(note);
    await expect(page.getByTestId('note-draft-state')).toHaveAttribute('data-state', 'saved');
    await host.kill();
    await newCallerPhone.command('hangup');

    host = await startWebHost(dataDir, ['--no-demo']);
    await page.goto(host.url);
    await expect(page.getByTestId('wrap-up-call')).toContainText('+7 916 123');
    await expect(page.getByTestId('note-draft')).toHaveValue(note);
    const database = new Database(join(dataDir, 'parley.sqlite'), { readonly: true });
    try {
      expect(database.prepare('SELECT i.from_number FROM note_drafts d JOIN interactions i ON i.id = d.interaction_id').pluck().all()).toEqual(['+79161230001']);
    } finally {
      database.close();
    }
  } finally {
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

/** A loopback port free right now: the restarted host takes the same one, so the page keeps its origin (and its draft journal). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  await new Promise((closed) => server.close(closed));
  if (address === null || typeof address === 'string') throw new Error('no loopback port');
  return address.port;
}

function savedDraft(dataDir: string): { note: string; wrapUp: string | null } | undefined {
  const database = new Database(join(dataDir, 'parley.sqlite'), { readonly: true });
  try {
    return database.prepare<[], { note: string; wrapUp: string | null }>('SELECT body AS note, wrap_up AS wrapUp FROM note_drafts').get();
  } finally {
    database.close();
  }
}

test('the whole wrap-up typed at speed survives kill -9 of the host 50 ms after the last keystroke', async ({ parley }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-wrap-up-typing-'));
  // With the demo data: it brings the disposition and root-cause lists.
  const hostArgs = ['--port', String(await freePort())];
  let host = await startWebHost(dataDir, hostArgs);
  try {
    const page = await answeredCallOn(parley, host.url);

    // Mid-call the agent asks for the codes and promises.
    await page.getByTestId('wrap-up-details').click();
    await page.getByTestId('wrap-up-disposition').selectOption('callback-scheduled');
    await page.getByRole('checkbox', { name: 'Delivery delay' }).check();
    await page.getByTestId('wrap-up-wanted').fill('The parcel, today');
    await page.getByTestId('wrap-up-add-promise').click();
    await page.getByTestId('promise-description').fill('Call back with the tracking number');
    const note = 'Courier lost it twice already.';
    expect(note).toHaveLength(30);
    // Steady typing, no pause long enough for a debounce alone to ever save.
    await page.getByTestId('note-draft').pressSequentially(note, { delay: 25 });
    await page.waitForTimeout(50);
    await host.kill();
    await newCallerPhone.command('hangup');

    // Main saved while the typing went on (bounded wait), not only after it.
    expect(savedDraft(dataDir)?.note.length ?? 0).toBeGreaterThanOrEqual(10);

    // Until the token is stable per data folder, the page is opened again with the new one: the page's journal replays on load.
    host = await startWebHost(dataDir, hostArgs);
    await page.goto(host.url);
    await expect(page.getByTestId('wrap-up-call')).toContainText('+7 916 123');
    await expect(page.getByTestId('note-draft')).toHaveValue(note);
    await expect(page.getByTestId('wrap-up-disposition')).toHaveValue('callback-scheduled');
    await expect(page.getByRole('checkbox', { name: 'Delivery delay' })).toBeChecked();
    await expect(page.getByTestId('wrap-up-wanted')).toHaveValue('The parcel, today');
    await expect(page.getByTestId('promise-description')).toHaveValue('Call back with the tracking number');
    await expect.poll(() => savedDraft(dataDir)?.note).toBe(note);
    expect(JSON.parse(savedDraft(dataDir)?.wrapUp ?? 'null')).toMatchObject({
      dispositionCode: 'callback-scheduled',
      rootCauses: ['delivery-delay'],
      customerWanted: 'The parcel, today',
      promises: [{ description: 'Call back with the tracking number', ownerName: 'Anna Kovalenko' }],
    });
  } finally {
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
