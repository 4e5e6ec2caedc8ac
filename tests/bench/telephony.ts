import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startBaresip, type BaresipPhone } from '../stack/baresip';
import { chromiumArgs, chromiumExecutable } from '../stack/chromium';
import { startTelephonyStack, type SipUser } from '../stack/telephony-stack';
import { writeTone } from '../stack/tone';
import { startWebHost } from '../stack/web-host';
import type { Settings } from '@shared/domain/settings';
import { microphoneConstraints } from '../../src/renderer/src/core/audio/microphone-constraints';
import { startBarePhone, type BarePhoneRig } from './bare-phone/bare-phone';
import { heapCensus, heapComposition, printHeapGrowth } from './heap-census';
import { watchCallSetupSteps, printCallSetupSteps } from './call-setup-steps';
import { callContract } from './contract-call';
import { percentiles, printTarget } from './measure';
import { countPeerConnections, openPeerConnections } from './peer-connection-count';

const agent: SipUser = { username: 'bench-agent', password: 'bench-agent-secret' };
const customer: SipUser = { username: 'bench-customer', password: 'bench-customer-secret' };
const caller: SipUser = { username: 'bench-caller', password: 'bench-caller-secret' };
/** A baresip doing what a WebRTC phone must do (ICE, DTLS-SRTP): the like-for-like baseline. */
const secureCaller: SipUser = { username: 'bench-secure-caller', password: 'bench-secure-caller-secret' };
/** The bare sip.js page (bare-phone/page.ts), dialling as the console does: the floor of what a WebRTC page can do. */
const barePhone: SipUser = { username: 'bench-bare-phone', password: 'bench-bare-phone-secret' };


/**
 * Milliseconds until the element's attribute takes the value, timed inside
 * the page: from now, or from the moment the page receives the click that
 * `act` makes (what the agent experiences, without the 30–40 ms Playwright
 * spends locating and checking the button before it clicks).
 */
function timeUntil(page: Page, testId: string, attribute: string, value: string, act: () => Promise<unknown>, from: 'now' | 'click' = 'now'): Promise<number> {
  return (async () => {
    await page.evaluate(
      ({ testId, attribute, value, from }) => {
        const element = document.querySelector(`[data-testid="${testId}"]`);
        let started = performance.now();
        if (from === 'click') document.addEventListener('click', () => (started = performance.now()), { once: true, capture: true });
        (window as unknown as { __timing: Promise<number> }).__timing = new Promise((done) => {
          const observer = new MutationObserver(() => check());
          // The harness must not leak what it measures: each observer goes once its value is seen.
          const check = () => {
            if (element?.getAttribute(attribute) !== value) return;
            observer.disconnect();
            done(performance.now() - started);
          };
          observer.observe(element as Node, { attributes: true });
          check();
        });
      },
      { testId, attribute, value, from },
    );
    await act();
    // A call that never gets there fails the run instead of hanging it.
    return page.evaluate(() =>
      Promise.race([
        (window as unknown as { __timing: Promise<number> }).__timing,
        new Promise<number>((_, reject) => setTimeout(() => reject(new Error('no answer within 10 s')), 10_000)),
      ]),
    );
  })();
}

export async function benchTelephony(soakCalls: number): Promise<boolean> {
  console.log('\nTelephony on loopback: Kamailio 5.6 + rtpengine (WebRTC ↔ RTP) + baresip');
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-phone-'));
  const tone = writeTone(join(dir, 'tone.wav'), 30);
  const stack = await startTelephonyStack(join(dir, 'stack'), [agent, customer, caller, secureCaller, barePhone]);
  const customerPhone = await startBaresip(join(dir, 'customer'), stack, customer, tone);
  const callerPhone = await startBaresip(join(dir, 'caller'), stack, caller, tone);
  const secureCallerPhone = await startBaresip(join(dir, 'secure-caller'), stack, secureCaller, tone, 'ice-dtls-srtp');
  const host = await startWebHost(join(dir, 'data'), ['--no-demo']);
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: [...chromiumArgs, '--enable-precise-memory-info'] });
  let bare: BarePhoneRig | null = null;
  try {
    const page = await browser.newPage();
    // sip.js logs its errors to the console: kept for the report of a call that does not connect.
    const pageErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') pageErrors.push(message.text().slice(0, 500));
    });
    await page.addInitScript(countPeerConnections);
    await page.addInitScript(watchCallSetupSteps);

    const account = { server: stack.webSocketUrl, username: agent.username, domain: stack.domain, displayName: 'Bench', password: agent.password };
    // Saved before the page opens: a page reloads itself when the SIP server changes (its CSP names the server).
    await callContract(host.url, 'phone.account.save', account);
    const loadStarted = performance.now();
    await page.goto(host.url);
    await page
      .locator('[data-testid="phone-status"][data-registration="registered"]')
      .waitFor({ timeout: 30_000 })
      .catch(async (error: Error) => {
        const shown = await page.getByTestId('phone-status').textContent();
        throw new Error(`${error.message}; the phone showed "${shown}"\npage errors:\n${pageErrors.slice(-10).join('\n')}`);
      });
    const registration = performance.now() - loadStarted;
    console.log(`  registration (page load → registered): ${registration.toFixed(1)} ms`);

    // The same steps on the bare sip.js phone (its page has the console's test ids): what any WebRTC page pays, the floor.
    const settings = (await callContract(host.url, 'settings.get', {})) as Settings;
    bare = await startBarePhone(stack, barePhone, microphoneConstraints({ status: 'default', deviceId: null }, settings), [watchCallSetupSteps]);

    const dialOnce = async (page: Page) => {
      await page.getByTestId('dial-input').fill(customer.username);
      const took = await timeUntil(page, 'call-status', 'data-call', 'established', () => page.getByTestId('call-button').click(), 'click').catch(
        async (error: Error) => {
          const status = page.getByTestId('call-status');
          const shown = `${await status.getAttribute('data-call')} "${await status.textContent()}", registration ${await page.getByTestId('phone-status').getAttribute('data-registration', { timeout: 1_000 }).catch(() => '(not shown)')}`;
          const logged = pageErrors.slice(-10).join('\n');
          throw new Error(`${error.message}; the console showed: ${shown}\npage errors:\n${logged}\n${stack.logs().slice(-3_000)}`);
        },
      );
      await customerPhone.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
      await page.getByTestId('hangup-button').click();
      await customerPhone.waitForEvent((event) => event.type === 'CALL_CLOSED');
      await page.getByTestId('call-status').and(page.locator('[data-call="ended"]')).waitFor();
      return took;
    };
    // `until`: CALL_ESTABLISHED is the SIP dialog (200 OK); CALL_RTPESTAB the first media received — after ICE and DTLS where
    // they are used. The console's figure stops earlier, at the call shown established (sip.js's session established: the 200 OK's
    // answer applied), so the baseline asks more of baresip than of the console.
    const baresipDialOnce = async (phone: BaresipPhone, until: 'CALL_ESTABLISHED' | 'CALL_RTPESTAB') => {
      phone.forgetEvents();
      const started = performance.now();
      await phone.command('dial', `sip:${customer.username}@${stack.domain}`);
      await phone.waitForEvent((event) => event.type === until);
      const took = performance.now() - started;
      await phone.command('hangup');
      await phone.waitForEvent((event) => event.type === 'CALL_CLOSED');
      await customerPhone.waitForEvent((event) => event.type === 'CALL_CLOSED');
      return took;
    };
    // Three rounds, console and baseline side by side in each: the spread says how far one run can be trusted.
    // The baseline is baresip with ICE and DTLS-SRTP, as the console must use; plain RTP (no ICE, no DTLS) is printed beside it.
    const ratios: number[] = [];
    const plainRatios: number[] = [];
    for (let round = 1; round <= 3; round++) {
      const consoleSetup: number[] = [];
      const floorSetup: number[] = [];
      const secureSetup: number[] = [];
      const plainSetup: number[] = [];
      for (let i = 0; i < 20; i++) {
        consoleSetup.push(await dialOnce(page));
        floorSetup.push(await dialOnce(bare.page));
        secureSetup.push(await baresipDialOnce(secureCallerPhone, 'CALL_RTPESTAB'));
        plainSetup.push(await baresipDialOnce(callerPhone, 'CALL_ESTABLISHED'));
      }
      const consoleCalls = percentiles(consoleSetup);
      const floorCalls = percentiles(floorSetup);
      const secureCalls = percentiles(secureSetup);
      const plainCalls = percentiles(plainSetup);
      ratios.push(consoleCalls.p50 / secureCalls.p50);
      plainRatios.push(consoleCalls.p50 / plainCalls.p50);
      console.log(`  round ${round}: call setup, console (click Call → established, through rtpengine): p50 ${consoleCalls.p50.toFixed(1)} ms, p95 ${consoleCalls.p95.toFixed(1)} ms`);
      console.log(`    baseline, baresip with ICE + DTLS-SRTP → baresip (dial → first media received): p50 ${secureCalls.p50.toFixed(1)} ms, p95 ${secureCalls.p95.toFixed(1)} ms; ratio (p50) ${ratios.at(-1)?.toFixed(2)}×`);
      console.log(`    beside it, baresip with plain RTP → baresip (dial → 200 OK): p50 ${plainCalls.p50.toFixed(1)} ms, p95 ${plainCalls.p95.toFixed(1)} ms; ratio (p50) ${plainRatios.at(-1)?.toFixed(2)}×`);
      console.log(`    floor, the bare sip.js page → baresip (click Call → established, the same way): p50 ${floorCalls.p50.toFixed(1)} ms, p95 ${floorCalls.p95.toFixed(1)} ms; ratio to baresip (p50) ${(floorCalls.p50 / secureCalls.p50).toFixed(2)}×`);
      console.log('    the console, step by step:');
      await printCallSetupSteps(page);
      console.log('    the bare sip.js page, step by step:');
      await printCallSetupSteps(bare.page);
    }
    console.log(`  ratio to the ICE + DTLS-SRTP baseline over three rounds: ${Math.min(...ratios).toFixed(2)}× – ${Math.max(...ratios).toFixed(2)}× (to plain RTP: ${Math.min(...plainRatios).toFixed(2)}× – ${Math.max(...plainRatios).toFixed(2)}×)`);
    const setupMet = printTarget('console call setup within 2× of baresip (ICE + DTLS-SRTP) in every round', Math.max(...ratios) <= 2);

    // The SIP server hangs with its connection open, then comes back: how long the console shows a wrong state.
    const toRed: number[] = [];
    const toReady: number[] = [];
    for (let i = 0; i < 3; i++) {
      toRed.push(await timeUntil(page, 'phone-status', 'data-registration', 'failed', async () => stack.freezeKamailio()));
      toReady.push(await timeUntil(page, 'phone-status', 'data-registration', 'registered', async () => stack.thawKamailio()));
    }
    console.log(`  server frozen → status red: ${toRed.map((ms) => (ms / 1000).toFixed(1)).join(', ')} s (keepalive every 4 s, 2 s to answer)`);
    console.log(`  server back → registered: ${toReady.map((ms) => (ms / 1000).toFixed(1)).join(', ')} s`);
    const healthMet = printTarget('a frozen server is shown within 6.5 s (4 s + 2 s at worst)', Math.max(...toRed) <= 6_500) && printTarget('registered within 3 s of the server answering again', Math.max(...toReady) <= 3_000);

    console.log(`\n  soak: ${soakCalls} calls in a row from one page`);
    const heap = () => page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
    // RFC 6026 Timer M (64 × T1 = 32 s): sip.js keeps each INVITE's client transaction that long after
    // its 200 OK, to absorb retransmissions. The heap is read once those have run out, so that protocol
    // state still in flight is not counted as a leak.
    const afterSipTimers = () => new Promise((done) => setTimeout(done, 33_000));
    const collectGarbage = async () => {
      const session = await page.context().newCDPSession(page);
      await session.send('HeapProfiler.collectGarbage');
      await session.detach();
    };
    const warmup = Math.min(20, soakCalls);
    for (let i = 0; i < warmup; i++) await dialOnce(page);
    await afterSipTimers();
    await collectGarbage();
    const heapAfterWarmup = await heap();
    const censusAfterWarmup = await heapCensus(page);
    for (let i = warmup; i < soakCalls; i++) await dialOnce(page);
    await afterSipTimers();
    await collectGarbage();
    const heapAtEnd = await heap();
    const censusAtEnd = await heapCensus(page);
    const leftover = await openPeerConnections(page);
    const growth = (heapAtEnd - heapAfterWarmup) / heapAfterWarmup;
    const [before, after] = [heapComposition(censusAfterWarmup), heapComposition(censusAtEnd)];
    const objectGrowth = (after.objectBytes - before.objectBytes) / before.objectBytes;
    const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
    console.log(`  JS heap after warm-up ${(heapAfterWarmup / 1e6).toFixed(2)} MB, at the end ${(heapAtEnd / 1e6).toFixed(2)} MB: ${(growth * 100).toFixed(1)} % growth`);
    console.log(`    of which compiled code (V8's bytecode, optimised code and feedback): ${kB(before.codeBytes)} → ${kB(after.codeBytes)}`);
    console.log(`    and what the console keeps (objects, closures, strings, arrays): ${kB(before.objectBytes)} → ${kB(after.objectBytes)}, ${(objectGrowth * 100).toFixed(1)} % growth (${soakCalls > warmup ? `${((after.objectBytes - before.objectBytes) / (soakCalls - warmup)).toFixed(0)} bytes a call` : 'no calls after the warm-up'})`);
    console.log(`  peer connections still open: ${leftover.inCalls} (besides ${leftover.prepared} prepared for the next call)`);
    console.log('  what grew in the heap during the soak (bytes, objects, kind):');
    printHeapGrowth(censusAfterWarmup, censusAtEnd);
    const soakMet = printTarget('what the console keeps grows under 5 % (objects; compiled code apart)', objectGrowth < 0.05) && printTarget('no leftover peer connections (one at most prepared for the next call)', leftover.inCalls === 0 && leftover.prepared <= 1);
    return setupMet && healthMet && soakMet;
  } finally {
    await bare?.stop();
    await browser.close();
    await host.stop();
    await callerPhone.stop();
    await secureCallerPhone.stop();
    await customerPhone.stop();
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
