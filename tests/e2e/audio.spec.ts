import type { Page } from '@playwright/test';
import { defaultSettings, type SettingsPatch } from '../../src/shared/domain/settings';
import { expect, test, type ConsoleUnderTest } from './support/console-fixture';
import { agent, customerPhone, registeredConsole, startTelephonyWorld, type TelephonyWorld } from './support/telephony-fixture';

/*
 * Chromium's fake devices (tests/stack/chromium.ts) list a default, "Fake
 * Audio Input 1/2" and "Fake Audio Output 1/2" with ids salted per profile;
 * setSinkId on them works, so where each sound is routed is observable. What
 * cannot be done here is pulling a headset out: that path is covered by the
 * unit tests of the device choice.
 */

let world: TelephonyWorld;

/** Every setting as it ships: each story starts from, and leaves, the default audio. */
const audioDefaults: SettingsPatch = defaultSettings;

test.beforeAll(async () => {
  world = await startTelephonyWorld();
});

test.afterAll(async () => {
  await world?.stop();
});

test.beforeEach(async ({ parley }) => {
  world.customer.forgetEvents();
  // The console (and its settings) is shared by every spec: each story starts from the default audio.
  await saveSettings(parley, audioDefaults);
});

test.afterEach(async ({ parley }) => {
  await saveSettings(parley, audioDefaults);
});

async function saveSettings(parley: ConsoleUnderTest, patch: SettingsPatch): Promise<void> {
  const answer = (await parley.rawCall('settings.update', patch)) as { ok: boolean };
  expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true });
}

/** The id this page sees for a fake device, by its label. */
async function deviceId(page: Page, kind: MediaDeviceKind, label: string): Promise<string> {
  const id = await page.evaluate(
    async ({ kind, label }) => (await navigator.mediaDevices.enumerateDevices()).find((device) => device.kind === kind && device.label === label)?.deviceId,
    { kind, label },
  );
  if (!id) throw new Error(`Chromium lists no ${kind} called ${label}`);
  return id;
}

const sinkOf = (page: Page, testId: string) => page.getByTestId(testId).evaluate((audio: HTMLAudioElement) => audio.sinkId);
const isPlaying = (page: Page, testId: string) => page.getByTestId(testId).evaluate((audio: HTMLAudioElement) => !audio.paused);


test.describe('audio devices, ringing and the readiness check', () => {
  test('devices chosen in Settings are kept across a reload, and the customer is heard on the chosen speaker', async ({ parley }) => {
    const { page } = parley;
    await page.getByTestId('settings-open').click();
    // The meter listens to the microphone while Settings are open (Chromium's fake one beeps).
    await expect.poll(async () => Number(await page.getByRole('meter', { name: 'Microphone level' }).getAttribute('aria-valuenow')), { timeout: 10_000 }).toBeGreaterThan(20);
    await page.getByTestId('settings-microphone').selectOption({ label: 'Fake Audio Input 2' });
    await page.getByTestId('settings-speaker').selectOption({ label: 'Fake Audio Output 2' });
    await page.getByTestId('settings-ring-device').selectOption({ label: 'Fake Audio Output 1' });
    await page.getByTestId('settings-noiseSuppression').uncheck();
    await page.getByTestId('settings-save').click();
    await expect(page.getByRole('dialog')).toBeHidden();

    const speaker = await deviceId(page, 'audiooutput', 'Fake Audio Output 2');
    const ring = await deviceId(page, 'audiooutput', 'Fake Audio Output 1');
    await expect.poll(() => sinkOf(page, 'remote-audio')).toBe(speaker);
    await expect.poll(() => sinkOf(page, 'ringtone')).toBe(ring);

    await page.reload();
    await expect.poll(() => sinkOf(page, 'remote-audio')).toBe(speaker);
    await expect.poll(() => sinkOf(page, 'ringtone')).toBe(ring);
    await page.getByTestId('settings-open').click();
    await expect(page.getByTestId('settings-microphone').locator('option:checked')).toHaveText('Fake Audio Input 2');
    await expect(page.getByTestId('settings-speaker').locator('option:checked')).toHaveText('Fake Audio Output 2');
    await expect(page.getByTestId('settings-ring-device').locator('option:checked')).toHaveText('Fake Audio Output 1');
    await expect(page.getByTestId('settings-noiseSuppression')).not.toBeChecked();
    await expect(page.getByTestId('settings-echoCancellation')).toBeChecked();
  });

  test('a device remembered under an old id is found by its name; a missing one falls back to the default and says so', async ({ parley }) => {
    const { page } = parley;
    const output1 = await deviceId(page, 'audiooutput', 'Fake Audio Output 1');

    // Another browser profile gave the same speaker another id.
    await saveSettings(parley, { speaker: { id: 'id-from-another-profile', label: 'Fake Audio Output 1' } });
    await expect.poll(() => sinkOf(page, 'remote-audio')).toBe(output1);
    await expect(page.getByTestId('audio-device-notice')).toHaveCount(0);

    // The headset is not plugged in: the default speaker, and a notice in the agent's language.
    await saveSettings(parley, { language: 'ru', speaker: { id: 'usb-headset', label: 'Jabra Evolve2 65' } });
    const notice = page.getByTestId('audio-device-notice');
    await expect(notice).toHaveAttribute('data-role', 'speaker');
    await expect(notice).toContainText('Динамик «Jabra Evolve2 65» не подключён');
    await expect(page.getByRole('alert').filter({ hasText: 'Jabra Evolve2 65' })).toBeVisible();
    await expect.poll(() => sinkOf(page, 'remote-audio')).toBe('');

    // Settings still offer the remembered headset, so saving other things does not forget it.
    await page.getByTestId('settings-open').click();
    await expect(page.getByTestId('settings-speaker').locator('option:checked')).toHaveText('Jabra Evolve2 65 (не подключено)');
  });

  test('the readiness check passes against the real SIP server, and takes the agent to Ready', async ({ parley }) => {
    const page = await registeredConsole(parley, world, { takesCalls: false });
    await saveSettings(parley, { speaker: { id: 'stale', label: 'Fake Audio Output 2' } });
    const speaker = await deviceId(page, 'audiooutput', 'Fake Audio Output 2');
    await page.getByTestId('agent-state-select').selectOption('not-ready:break');

    const open = page.getByRole('button', { name: 'Readiness check' });
    await open.focus();
    await page.keyboard.press('Enter');
    const check = page.getByRole('dialog', { name: 'Ready for calls?' });
    await expect(check).toBeVisible();

    await expect(page.getByTestId('readiness-registration')).toHaveAttribute('data-verdict', 'pass');
    await expect(page.getByTestId('readiness-network')).toHaveAttribute('data-verdict', 'pass');
    await expect(page.getByTestId('readiness-network-detail')).toHaveText(/^The SIP server answered in \d+ ms\.$/);
    await expect(page.getByTestId('readiness-microphone')).toHaveAttribute('data-verdict', 'pass', { timeout: 10_000 });
    await expect(page.getByTestId('readiness-go-ready')).toBeDisabled();

    await expect(page.getByTestId('readiness-speaker-detail')).toContainText('Fake Audio Output 2');
    await page.getByTestId('readiness-speaker-play').click();
    await expect.poll(() => isPlaying(page, 'speaker-test-tone'), { timeout: 10_000 }).toBe(true);
    expect(await sinkOf(page, 'speaker-test-tone')).toBe(speaker);
    await page.getByTestId('readiness-speaker-heard').click();
    await expect(page.getByTestId('readiness-speaker')).toHaveAttribute('data-verdict', 'pass');

    await expect(page.getByTestId('readiness-summary')).toHaveText('Everything passed: you are ready for calls.');
    await page.getByTestId('readiness-go-ready').click();
    await expect(check).toBeHidden();
    await expect(page.getByTestId('agent-state')).toHaveAttribute('data-status', 'ready');
    await expect(open).toBeFocused();
  });

  test('the readiness check says why the network line fails when the phone is not registered', async ({ parley }) => {
    const { page } = parley;
    await parley.rawCall('phone.account.save', { server: world.stack.webSocketUrl, username: agent.username, domain: world.stack.domain, displayName: '', password: 'wrong' });
    await expect(page.getByTestId('phone-status')).toHaveAttribute('data-registration', 'failed');
    await page.getByTestId('readiness-open').click();
    await expect(page.getByTestId('readiness-registration')).toHaveAttribute('data-verdict', 'fail');
    await expect(page.getByTestId('readiness-registration-detail')).toHaveText('Wrong user name or password');
    await expect(page.getByTestId('readiness-network-detail')).toHaveText('Cannot test: the phone is not registered.');
  });

  test('a customer calls: the ringtone plays on the ring device and stops when the agent answers', async ({ parley }) => {
    const page = await registeredConsole(parley, world, { takesCalls: false });
    await page.getByTestId('agent-state-select').selectOption('ready');
    await saveSettings(parley, { ringDevice: { id: 'stale', label: 'Fake Audio Output 1' } });
    const ring = await deviceId(page, 'audiooutput', 'Fake Audio Output 1');
    expect(await isPlaying(page, 'ringtone')).toBe(false);

    await world.customer.command('dial', `sip:${agent.username}@${world.stack.domain}`);
    await expect(page.getByTestId('incoming-call')).toBeVisible();
    await expect.poll(() => isPlaying(page, 'ringtone')).toBe(true);
    expect(await sinkOf(page, 'ringtone')).toBe(ring);

    await page.getByTestId('answer-button').click();
    await world.customer.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
    await expect.poll(() => isPlaying(page, 'ringtone')).toBe(false);

    await page.getByTestId('hangup-button').click();
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
  });

  test('auto-answer: the call is taken by itself after a beep in the agent ear', async ({ parley }) => {
    const page = await registeredConsole(parley, world, { takesCalls: false });
    await page.getByTestId('agent-state-select').selectOption('ready');
    await saveSettings(parley, { autoAnswer: true, autoAnswerDelaySeconds: 1, speaker: { id: 'stale', label: 'Fake Audio Output 2' } });
    const speaker = await deviceId(page, 'audiooutput', 'Fake Audio Output 2');

    await world.customer.command('dial', `sip:${agent.username}@${world.stack.domain}`);
    await expect(page.getByTestId('incoming-call')).toBeVisible();
    await world.customer.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established');
    const beep = await page.getByTestId('auto-answer-beep').evaluate((audio: HTMLAudioElement) => ({ played: audio.played.length, sinkId: audio.sinkId }));
    expect(beep).toEqual({ played: 1, sinkId: speaker });

    await page.getByTestId('hangup-button').click();
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
    await page.getByTestId('wrap-up-done').click();
  });

  test('another microphone chosen mid-call: the call goes on, still sending what the agent says', async ({ parley }) => {
    const page = await registeredConsole(parley, world, { takesCalls: false });
    await page.getByTestId('dial-input').fill(customerPhone.username);
    await page.getByTestId('call-button').click();
    await world.customer.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
    const quality = page.getByTestId('call-quality');
    const sent = async () => Number(await quality.getAttribute('data-packets-sent'));
    await expect.poll(sent, { timeout: 10_000 }).toBeGreaterThan(20);

    await page.getByTestId('settings-open').click();
    await page.getByTestId('settings-microphone').selectOption({ label: 'Fake Audio Input 2' });
    await page.getByTestId('settings-save').click();
    const before = await sent();
    await expect.poll(sent, { timeout: 10_000 }).toBeGreaterThan(before + 50);
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established');

    await page.getByTestId('hangup-button').click();
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
    await page.getByTestId('wrap-up-done').click();
  });
});
