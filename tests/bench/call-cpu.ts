import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Settings } from '@shared/domain/settings';
import { microphoneConstraints } from '../../src/renderer/src/core/audio/microphone-constraints';
import { negotiatedCodec, type BaresipPhone } from '../stack/baresip';
import type { SipUser } from '../stack/telephony-stack';
import { checkBareAudioBothWays, hangUpBare, ringAndAnswerBare, startBarePhone, type BarePhoneRig } from './bare-phone/bare-phone';
import { hangUp, ringAndAnswer, saveWrapUp, startConsoleRig, type Caller, type ConsoleRig } from './console-rig';
import { callContract } from './contract-call';
import { printTarget } from './measure';
import { profilePage } from './page-cpu-profile';
import { countReactRenders, countRendersDuring } from './react-render-count';
import { chromiumProcesses, cpuSeconds, cpuUsedByKind, threadCpu, type ProcessCpu } from './process-cpu';

/** A phone's CPU at one moment: every Chromium process of its browser (by kind) and, for the console, the web host. */
interface Reading {
  at: number;
  chromium: ProcessCpu[];
  host: number | null;
}

/** Percent of one core each kind of process used over a stretch, and their sum (or the difference of two such). */
interface Usage {
  total: number;
  byKind: Map<string, number>;
}

/** A phone the bench holds calls on: the console, or the bare phone that is its floor. */
interface MeasuredPhone {
  name: string;
  /** The customer's phone that calls it. */
  caller: BaresipPhone;
  read(): Reading;
  /** The caller rings it and it answers: the call is up on both sides. */
  answer(): Promise<void>;
  /** Throws unless the call carries audio both ways now: a call whose audio stopped costs less, and would flatter the figure. */
  checkAudio(): Promise<void>;
  hangUp(): Promise<void>;
}

function read(browserRoot: number, hostPid?: number): Reading {
  return { at: performance.now(), chromium: chromiumProcesses(browserRoot), host: hostPid === undefined ? null : (cpuSeconds(hostPid) ?? Number.NaN) };
}

function usage(before: Reading, after: Reading): Usage {
  const wallSeconds = (after.at - before.at) / 1000;
  const byKind = cpuUsedByKind(before.chromium, after.chromium);
  if (before.host !== null && after.host !== null) byKind.set('web host', after.host - before.host);
  for (const [kind, seconds] of byKind) byKind.set(kind, (seconds / wallSeconds) * 100);
  return { total: [...byKind.values()].reduce((sum, percent) => sum + percent, 0), byKind };
}

/** What `more` used beyond `less`, in all and kind by kind. */
function minus(more: Usage, less: Usage): Usage {
  const byKind = new Map(more.byKind);
  for (const [kind, value] of less.byKind) byKind.set(kind, (byKind.get(kind) ?? 0) - value);
  return { total: more.total - less.total, byKind };
}

const percent = (value: number) => `${value.toFixed(2)} %`;

function describe({ total, byKind }: Usage): string {
  const parts = [...byKind].filter(([, value]) => Math.abs(value) >= 0.005).sort((a, b) => b[1] - a[1]);
  return `${percent(total)} (${parts.map(([kind, value]) => `${kind} ${value.toFixed(2)}`).join(', ')})`;
}

async function idleFor(phone: MeasuredPhone, seconds: number): Promise<Usage> {
  const before = phone.read();
  await sleep(seconds * 1000);
  return usage(before, phone.read());
}

/** What each phone's calls negotiated: the floor is fair only with the console's codec. */
type CodecsByPhone = Map<string, Set<string>>;

/** Answered, then held: only the hold is measured (not the ring, the answer or the hang-up). */
async function callFor(phone: MeasuredPhone, seconds: number, codecs: CodecsByPhone): Promise<Usage> {
  await phone.answer();
  const before = phone.read();
  await sleep(seconds * 1000);
  const after = phone.read();
  await phone.checkAudio();
  codecs.set(phone.name, (codecs.get(phone.name) ?? new Set()).add(await negotiatedCodec(phone.caller)));
  await phone.hangUp();
  return usage(before, after);
}

/** One phone idle and in call for as long, in the order asked (taking turns: a change in the machine's load falls on both alike). */
async function idleAndCall(phone: MeasuredPhone, seconds: number, callFirst: boolean, codecs: CodecsByPhone): Promise<{ idle: Usage; call: Usage }> {
  if (callFirst) {
    const call = await callFor(phone, seconds, codecs);
    return { call, idle: await idleFor(phone, seconds) };
  }
  const idle = await idleFor(phone, seconds);
  return { idle, call: await callFor(phone, seconds, codecs) };
}

function consolePhone(rig: ConsoleRig, caller: Caller): MeasuredPhone {
  return {
    name: 'console',
    caller: caller.phone,
    read: () => read(rig.browserRoot, rig.host.pid),
    answer: () => ringAndAnswer(rig, caller),
    async checkAudio() {
      const verdict = await rig.page.getByTestId('call-quality').getAttribute('data-verdict');
      if (verdict !== 'good' && verdict !== 'poor') throw new Error(`the held call's line read "${verdict}" at its end, not audio both ways`);
    },
    async hangUp() {
      await hangUp(rig, caller);
      await saveWrapUp(rig.page);
    },
  };
}

function floorPhone(bare: BarePhoneRig, rig: ConsoleRig, caller: Caller): MeasuredPhone {
  return {
    name: 'floor',
    caller: caller.phone,
    read: () => read(bare.browserRoot),
    answer: () => ringAndAnswerBare(bare, rig.stack, caller.phone),
    checkAudio: () => checkBareAudioBothWays(bare),
    hangUp: () => hangUpBare(bare, caller.phone),
  };
}

/** The bare phone's account on the console's Kamailio. */
const barePhoneUser: SipUser = { username: 'rig-bare-phone', password: 'rig-bare-phone-secret' };

/**
 * CPU per call in the browser shell: one call answered from a known
 * customer (card and script on screen) and held for `callSeconds`,
 * against the same console idle (registered, ready, no call) for as long,
 * three rounds, in the same run. CPU is utime + stime from /proc of every
 * Chromium process (renderer, GPU, the audio and network services, the
 * browser) and the web host; the figure is percent of one core.
 *
 * With `floor`, each round measures the bare phone (bare-phone/page.ts: sip.js
 * alone in a page, in a Chromium of its own) the same way, called by the same
 * baresip through the same Kamailio and rtpengine: the least a WebRTC
 * softphone costs in this Chromium. The console's difference less the
 * floor's is what the console's own code adds to a call.
 */
export async function benchCallCpu(callSeconds: number, options: { profile: boolean; floor: boolean }): Promise<boolean> {
  const floorNote = options.floor ? ', and the bare sip.js phone (the floor) the same way' : '';
  console.log(`\nCPU per call in the browser shell: a call held ${callSeconds} s against the idle console for ${callSeconds} s${floorNote}, three rounds`);
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-cpu-'));
  // Long enough for every call: baresip's tone must not end mid-call, or the far end would go quiet.
  // The render counter walks React's tree on every commit: only there when the profile is asked for.
  const rig = await startConsoleRig(dir, {
    customers: 5_000,
    callers: 1,
    toneSeconds: callSeconds + 60,
    initScripts: options.profile ? [countReactRenders] : [],
    otherUsers: options.floor ? [barePhoneUser] : [],
  });
  let bare: BarePhoneRig | null = null;
  try {
    const caller = rig.callers[0] as Caller;
    const consoleSide = consolePhone(rig, caller);
    // Not counted: the first call loads code and starts Chromium's audio service, which then stays.
    await consoleSide.answer();
    await consoleSide.hangUp();
    const codecs: CodecsByPhone = new Map();
    let floorSide: MeasuredPhone | null = null;
    if (options.floor) {
      // The console's own microphone constraints, as its settings stand (the system default device).
      const settings = (await callContract(rig.host.url, 'settings.get', {})) as Settings;
      bare = await startBarePhone(rig.stack, barePhoneUser, microphoneConstraints({ status: 'default', deviceId: null }, settings));
      floorSide = floorPhone(bare, rig, caller);
      await floorSide.answer();
      await floorSide.hangUp();
    }
    const counted = chromiumProcesses(rig.browserRoot);
    console.log(`  processes counted: ${[...new Set(counted.map((entry) => entry.kind))].join(', ')} (Chromium, ${counted.length} processes) and the web host`);
    if (bare) {
      const floorCounted = chromiumProcesses(bare.browserRoot);
      console.log(`  the floor's: ${[...new Set(floorCounted.map((entry) => entry.kind))].join(', ')} (its own Chromium, ${floorCounted.length} processes; no web host)`);
    }
    const differences: number[] = [];
    const floorDifferences: number[] = [];
    const consoleOverFloor: number[] = [];
    for (let round = 1; round <= 3; round++) {
      // Taking turns which goes first (idle or call, console or floor).
      const callFirst = round % 2 === 0;
      let floorRound: { idle: Usage; call: Usage } | null = null;
      if (floorSide && callFirst) floorRound = await idleAndCall(floorSide, callSeconds, callFirst, codecs);
      const { idle, call } = await idleAndCall(consoleSide, callSeconds, callFirst, codecs);
      if (floorSide && !callFirst) floorRound = await idleAndCall(floorSide, callSeconds, callFirst, codecs);
      const difference = minus(call, idle);
      differences.push(difference.total);
      console.log(`  round ${round}: in call ${describe(call)}`);
      console.log(`    baseline, idle console ${describe(idle)}; difference ${percent(difference.total)} of one core, ratio ${(call.total / idle.total).toFixed(2)}×`);
      if (floorRound) {
        const floorDifference = minus(floorRound.call, floorRound.idle);
        const added = minus(difference, floorDifference);
        floorDifferences.push(floorDifference.total);
        consoleOverFloor.push(added.total);
        console.log(`    floor, bare phone in call ${describe(floorRound.call)}; idle ${describe(floorRound.idle)}`);
        console.log(`    floor difference ${describe(floorDifference)}`);
        console.log(`    console's difference less the floor's (what the console's code adds) ${describe(added)}`);
        // The console's idle stretch may hold its warm microphone (60 s after a call), the floor's never does: the calls side by side too.
        console.log(`    in call, the console less the floor ${describe(minus(call, floorRound.call))}`);
      }
    }
    console.log(`  difference over three rounds: ${percent(Math.min(...differences))} – ${percent(Math.max(...differences))} of one core`);
    if (floorSide) {
      console.log(`  floor difference over three rounds: ${percent(Math.min(...floorDifferences))} – ${percent(Math.max(...floorDifferences))} of one core`);
      console.log(`  the console over the floor: ${percent(Math.min(...consoleOverFloor))} – ${percent(Math.max(...consoleOverFloor))} of one core`);
    }
    console.log(`  codecs the calls negotiated (the caller's view): ${[...codecs].map(([name, used]) => `${name} ${[...used].join(', ')}`).join('; ')}`);
    const met = printTarget('a call costs < 5 % of one core over the idle console, in every round', Math.max(...differences) < 5);
    if (options.profile) await printProfiledCall(rig, caller, callSeconds);
    if (options.profile && floorSide && bare) await printFloorThreads(floorSide, bare.browserRoot, callSeconds);
    return met;
  } catch (error) {
    console.error(`  page errors:\n${rig.pageErrors.slice(-10).join('\n')}`);
    throw error;
  } finally {
    await bare?.stop();
    await rig.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Percent of one core each thread of the renderer and the audio service used while `during` ran, by thread name. */
async function threadsDuring(browserRoot: number, during: () => Promise<void>): Promise<string> {
  const watched = chromiumProcesses(browserRoot).filter((entry) => entry.kind === 'renderer' || entry.kind === 'audio.mojom.AudioService');
  const before = watched.map((entry) => threadCpu(entry.pid));
  const started = performance.now();
  await during();
  const wallSeconds = (performance.now() - started) / 1000;
  const used = watched.flatMap((entry, index) =>
    [...threadCpu(entry.pid)].map(([name, seconds]): [string, number] => [`${entry.kind === 'renderer' ? 'renderer' : 'audio service'} ${name}`, ((seconds - (before[index]?.get(name) ?? 0)) / wallSeconds) * 100]),
  );
  return used
    .filter(([, percent]) => percent >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .map(([name, percent]) => `${name} ${percent.toFixed(2)}`)
    .join(', ');
}

/**
 * Where the time goes during a held call, against the idle console: the
 * renderer's and the audio service's threads (from /proc), the renderer's
 * main thread by function (a sampled profile), and what React rendered how
 * often. The profiler's own start-up lands in the first profile: the idle
 * one goes first and takes it.
 */
async function printProfiledCall(rig: ConsoleRig, caller: Caller, seconds: number): Promise<void> {
  let idle: Awaited<ReturnType<typeof profilePage>> = [];
  const idleThreads = await threadsDuring(rig.browserRoot, async () => {
    idle = await profilePage(rig.page, () => sleep(seconds * 1000));
  });
  const idleBusyMs = idle.filter((entry) => entry.name !== '(idle)').reduce((sum, entry) => sum + entry.ms, 0);
  console.log(`  idle console, ${seconds} s: threads (% of one core) ${idleThreads}`);
  console.log(`    renderer's main thread busy ${idleBusyMs.toFixed(0)} ms (${(idle.find((entry) => entry.name === '(program)')?.ms ?? 0).toFixed(0)} ms of it "(program)", the profiler's start-up among it)`);
  await ringAndAnswer(rig, caller);
  let top: Awaited<ReturnType<typeof profilePage>> = [];
  let renders: Awaited<ReturnType<typeof countRendersDuring>> = { commits: 0, components: [] };
  const callThreads = await threadsDuring(rig.browserRoot, async () => {
    renders = await countRendersDuring(rig.page, async () => {
      top = await profilePage(rig.page, () => sleep(seconds * 1000));
    });
  });
  console.log(`  in call, ${seconds} s: threads (% of one core) ${callThreads}`);
  await hangUp(rig, caller);
  await saveWrapUp(rig.page);
  const busy = top.filter((entry) => entry.name !== '(idle)');
  const busyMs = busy.reduce((sum, entry) => sum + entry.ms, 0);
  console.log(`  profile of the renderer's main thread over a ${seconds} s call: busy ${busyMs.toFixed(0)} ms (${((busyMs / (seconds * 1000)) * 100).toFixed(2)} % of the thread); top by self time:`);
  for (const entry of busy.slice(0, 15)) console.log(`    ${entry.ms.toFixed(1).padStart(7)} ms  ${(entry.share * 100).toFixed(2).padStart(5)} %  ${entry.name.slice(0, 100)}`);
  console.log(`  React over the same call: ${renders.commits} commits; renders by component (top 20): ${renders.components.slice(0, 20).map(([name, count]) => `${name} ${count}`).join(', ')}`);
}

/** The floor's threads over one held call, to set beside the console's (same names: Chromium's own threads). */
async function printFloorThreads(floor: MeasuredPhone, browserRoot: number, seconds: number): Promise<void> {
  await floor.answer();
  const threads = await threadsDuring(browserRoot, () => sleep(seconds * 1000));
  await floor.checkAudio();
  await floor.hangUp();
  console.log(`  the floor (bare phone) in call, ${seconds} s: threads (% of one core) ${threads}`);
}
