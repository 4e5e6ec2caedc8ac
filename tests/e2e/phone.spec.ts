import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { wavLevel } from '../stack/wav-level';
import { expect, test } from './support/console-fixture';
import { agent, customerPhone, startTelephonyWorld, type TelephonyWorld } from './support/telephony-fixture';

let world: TelephonyWorld;

test.beforeAll(async () => {
  world = await startTelephonyWorld();
});

test.afterAll(async () => {
  await world?.stop();
});

async function saveAccount(page: Page, password: string): Promise<void> {
  await page.getByTestId('settings-open').click();
  await page.getByTestId('phone-server').fill(world.stack.webSocketUrl);
  await page.getByTestId('phone-username').fill(agent.username);
  await page.getByTestId('phone-domain').fill(world.stack.domain);
  await page.getByTestId('phone-display-name').fill('Anna Kovalenko');
  await page.getByTestId('phone-password').fill(password);
  await page.getByTestId('phone-account-save').click();
  await page.keyboard.press('Escape');
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

  test('calls the customer: both sides hear each other, and hanging up ends it on both', async ({ parley }) => {
    const { page } = parley;
    await expect(page.getByTestId('phone-status')).toHaveAttribute('data-registration', 'registered', { timeout: 10_000 });

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

    await page.getByTestId('hangup-button').click();
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'ended');
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');

    // …and the agent's microphone (Chromium's fake device beeps) reached the customer.
    const heard = readdirSync(world.customer.recordingsDir).filter((file) => file.endsWith('-dec.wav'));
    expect(heard.length).toBeGreaterThan(0);
    const levels = heard.map((file) => wavLevel(join(world.customer.recordingsDir, file)));
    expect(Math.max(...levels)).toBeGreaterThan(0.01);
  });
});
