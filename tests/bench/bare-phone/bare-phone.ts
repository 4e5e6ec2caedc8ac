import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page } from '@playwright/test';
import type { BaresipPhone } from '../../stack/baresip';
import type { SipUser, TelephonyStack } from '../../stack/telephony-stack';
import { launchOwnBrowser } from '../own-browser';
import type { AudioCounters } from './page';
import { serveBarePhone, type BarePhoneServer } from './serve';

/** The bare phone (page.ts) in a Chromium of its own, registered and answering. */
export interface BarePhoneRig {
  browser: Browser;
  /** The root of the bare phone's Chromium processes (`chromiumProcesses`). */
  browserRoot: number;
  page: Page;
  user: SipUser;
  stop(): Promise<void>;
}

/** Starts the bare phone on `stack` as `user`, opening the microphone with `microphone`; `initScripts` run in its page before it loads (a bench's watchers). */
export async function startBarePhone(stack: TelephonyStack, user: SipUser, microphone: MediaTrackConstraints, initScripts: readonly string[] = []): Promise<BarePhoneRig> {
  const stoppers: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of stoppers.reverse()) await stopOne();
  };
  try {
    const server: BarePhoneServer = await serveBarePhone();
    stoppers.push(() => server.close());
    const { browser, root } = await launchOwnBrowser();
    stoppers.push(() => browser.close());
    const page = await browser.newPage();
    for (const script of initScripts) await page.addInitScript(script);
    await page.goto(server.url);
    const account = { server: stack.webSocketUrl, username: user.username, password: user.password, domain: stack.domain, microphone };
    await page.evaluate((account) => window.barePhone.register(account), account);
    return { browser, browserRoot: root, page, user, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The caller's phone rings the bare phone, which answers at once; both sides say the call is up. */
export async function ringAndAnswerBare(bare: BarePhoneRig, stack: TelephonyStack, caller: BaresipPhone): Promise<void> {
  caller.forgetEvents();
  const established = bare.page.evaluate(() => window.barePhone.callEstablished());
  await caller.command('dial', `sip:${bare.user.username}@${stack.domain}`);
  await Promise.all([established, caller.waitForEvent((event) => event.type === 'CALL_ESTABLISHED')]);
}

/** The bare phone hangs up and the caller's phone hears it. */
export async function hangUpBare(bare: BarePhoneRig, caller: BaresipPhone): Promise<void> {
  await bare.page.evaluate(() => window.barePhone.hangUp());
  await caller.waitForEvent((event) => event.type === 'CALL_CLOSED');
}

const audioCounters = (bare: BarePhoneRig): Promise<AudioCounters> => bare.page.evaluate(() => window.barePhone.audioCounters());

/**
 * Throws unless the call is carrying audio both ways now: over one second,
 * packets arrive and leave, what arrives is sound (its energy grows), and
 * the <audio> element plays it. A silent call would flatter the floor.
 */
export async function checkBareAudioBothWays(bare: BarePhoneRig): Promise<void> {
  const before = await audioCounters(bare);
  await sleep(1_000);
  const after = await audioCounters(bare);
  const missing = [
    after.packetsReceived > before.packetsReceived ? null : `no packets received (${after.packetsReceived} in all)`,
    after.packetsSent > before.packetsSent ? null : `no packets sent (${after.packetsSent} in all)`,
    after.audioEnergyReceived > before.audioEnergyReceived ? null : 'silence received',
    after.playing ? null : 'the far end not playing in the <audio> element',
  ].filter((problem) => problem !== null);
  if (missing.length > 0) throw new Error(`the bare phone's held call did not carry audio both ways at its end: ${missing.join(', ')}`);
}
