import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../stack/chromium';
import { startWebHost } from '../stack/web-host';
import { callContract } from './contract-call';
import { percentiles, printTarget } from './measure';

const rounds = 3;
const loadsPerRound = 10;
/** A demo customer's surname: typed as soon as the box is there, as an agent would. */
const query = 'Коваленко';

/** What the page offers the moment it can: the search box in the DOM, then its first results; and the JavaScript fetched on the way. */
interface Readiness {
  searchBox: number;
  results: number;
  /** The call bar built (its settings button there): it follows the search box, just after the first screen. */
  callBar: number;
  /** Bytes of the scripts the page asked for before its search box showed: what the first screen needs. */
  firstScreenScriptBytes: number;
  /** Bytes of every script fetched before the results showed (the phone and number formatting start loading after the first screen). */
  scriptBytesBeforeResults: number;
}

/**
 * Watches, from the first byte of the page, for the search box; types into it
 * the moment it appears and stamps when results show. Times are from the
 * navigation's start (performance.now()).
 */
const watchForSearch = `(() => {
  window.__ready = new Promise((done) => {
    const times = {};
    const check = () => {
      const box = document.querySelector('[data-testid="customer-search-input"]');
      if (box && times.searchBox === undefined && !box.disabled) {
        times.searchBox = performance.now();
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        setValue.call(box, ${JSON.stringify(query)});
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }
      if (times.callBar === undefined && document.querySelector('[data-testid="settings-open"]')) times.callBar = performance.now();
      if (times.searchBox !== undefined && times.results === undefined && document.querySelector('[data-testid="customer-search-result"]')) times.results = performance.now();
      if (times.results !== undefined && times.callBar !== undefined) {
        observer.disconnect();
        const scripts = performance.getEntriesByType('resource').filter((entry) => /\\.js(\\?|$)/.test(entry.name));
        const bytes = (entries) => entries.reduce((sum, entry) => sum + entry.decodedBodySize, 0);
        times.firstScreenScriptBytes = bytes(scripts.filter((entry) => entry.startTime < times.searchBox));
        times.scriptBytesBeforeResults = bytes(scripts.filter((entry) => entry.responseEnd <= times.results));
        done(times);
      }
    };
    const observer = new MutationObserver(check);
    document.addEventListener('DOMContentLoaded', () => { observer.observe(document.body, { childList: true, subtree: true }); check(); });
  });
})();`;

/** The floor for "open a page": a static page with one input, from a loopback server, in the same browser. */
function plainPage(): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>plain</title><input data-testid="customer-search-input">');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server })));
}

/** One cold load: a fresh context has no HTTP or code cache, as the first start of the day. */
async function coldLoad(browser: Browser, url: string): Promise<Readiness> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(watchForSearch);
    await page.goto(url);
    return await page.evaluate(() =>
      Promise.race([
        (window as unknown as { __ready: Promise<Readiness> }).__ready,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the search box gave no results within 20 s')), 20_000)),
      ]),
    );
  } finally {
    await context.close();
  }
}

async function plainLoad(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  } finally {
    await context.close();
  }
}

/**
 * Cold start of the browser shell: from navigation to a search box that
 * answers (results of a query typed the moment it appears), with the demo
 * database. Baseline: the same browser opening a static page with one input.
 */
export async function benchStartup(): Promise<boolean> {
  console.log(`\nCold start (browser shell, demo database, fresh browser context each load; ${rounds} rounds of ${loadsPerRound})`);
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-bench-startup-'));
  const host = await startWebHost(dataDir);
  // An agent's console has its phone set up: its code loads and it starts connecting at every start. The server
  // here is a loopback port where nothing listens (no SIP server in this bench), so the phone keeps retrying.
  await callContract(host.url, 'phone.account.save', { server: 'ws://127.0.0.1:9/', username: 'bench-agent', domain: 'parley.test', displayName: 'Bench', password: 'bench-agent-secret' });
  const plain = await plainPage();
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
  try {
    // The first load makes the demo database and the token; not counted.
    await coldLoad(browser, host.url);
    const usable: number[] = [];
    let last: Readiness | null = null;
    for (let round = 1; round <= rounds; round += 1) {
      const box: number[] = [];
      const results: number[] = [];
      const bar: number[] = [];
      const floor: number[] = [];
      for (let load = 0; load < loadsPerRound; load += 1) {
        floor.push(await plainLoad(browser, plain.url));
        last = await coldLoad(browser, host.url);
        box.push(last.searchBox);
        results.push(last.results);
        bar.push(last.callBar);
      }
      const [boxP, resultsP, barP, floorP] = [percentiles(box), percentiles(results), percentiles(bar), percentiles(floor)];
      usable.push(resultsP.p50);
      console.log(
        `  round ${round}: search box shown p50 ${boxP.p50.toFixed(0)} / p95 ${boxP.p95.toFixed(0)} ms; first results p50 ${resultsP.p50.toFixed(0)} / p95 ${resultsP.p95.toFixed(0)} ms; call bar built p50 ${barP.p50.toFixed(0)} ms; ` +
          `baseline (static page loaded) p50 ${floorP.p50.toFixed(0)} ms; ratio (p50) ${(resultsP.p50 / floorP.p50).toFixed(2)}×`,
      );
    }
    console.log(`  spread of first-results p50 over the rounds: ${Math.min(...usable).toFixed(0)} – ${Math.max(...usable).toFixed(0)} ms`);
    const firstScreen = last?.firstScreenScriptBytes ?? Infinity;
    console.log(`  JavaScript the first screen asked for (before its search box showed): ${(firstScreen / 1024).toFixed(0)} kB`);
    console.log(`  all JavaScript fetched before the search answered: ${((last?.scriptBytesBeforeResults ?? 0) / 1024).toFixed(0)} kB`);
    const fast = printTarget('search usable within 700 ms of navigation (p50, every round)', Math.max(...usable) < 700);
    const small = printTarget('initial JavaScript under 800 kB', firstScreen < 800 * 1024);
    return fast && small;
  } finally {
    await browser.close();
    plain.server.close();
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
