import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { hangUp, ringAndAnswer, saveWrapUp, startConsoleRig, type Caller, type ConsoleRig } from './console-rig';
import { printTarget } from './measure';
import { profilePage } from './page-cpu-profile';
import { countReactRenders, countRendersDuring } from './react-render-count';
import { chromiumProcesses, cpuSeconds, cpuUsedByKind, threadCpu, type ProcessCpu } from './process-cpu';

/** The console's CPU at one moment: every Chromium process (by kind) and the web host. */
interface Reading {
  at: number;
  chromium: ProcessCpu[];
  host: number;
}

/** Percent of one core each kind of process used over a stretch, and their sum. */
interface Usage {
  total: number;
  byKind: Map<string, number>;
}

function read(rig: ConsoleRig): Reading {
  return { at: performance.now(), chromium: chromiumProcesses(), host: cpuSeconds(rig.host.pid) ?? Number.NaN };
}

function usage(before: Reading, after: Reading): Usage {
  const wallSeconds = (after.at - before.at) / 1000;
  const byKind = cpuUsedByKind(before.chromium, after.chromium);
  byKind.set('web host', after.host - before.host);
  for (const [kind, seconds] of byKind) byKind.set(kind, (seconds / wallSeconds) * 100);
  return { total: [...byKind.values()].reduce((sum, percent) => sum + percent, 0), byKind };
}

const percent = (value: number) => `${value.toFixed(2)} %`;

function describe({ total, byKind }: Usage): string {
  const parts = [...byKind].filter(([, value]) => value >= 0.005).sort((a, b) => b[1] - a[1]);
  return `${percent(total)} (${parts.map(([kind, value]) => `${kind} ${value.toFixed(2)}`).join(', ')})`;
}

async function idleFor(rig: ConsoleRig, seconds: number): Promise<Usage> {
  const before = read(rig);
  await sleep(seconds * 1000);
  return usage(before, read(rig));
}

/** Answered, then held: only the hold is measured (not the ring, the answer or the hang-up). */
async function callFor(rig: ConsoleRig, caller: Caller, seconds: number): Promise<Usage> {
  await ringAndAnswer(rig, caller);
  const before = read(rig);
  await sleep(seconds * 1000);
  const after = read(rig);
  // A call whose audio stopped costs less than one that talks: its figure would flatter the console.
  const verdict = await rig.page.getByTestId('call-quality').getAttribute('data-verdict');
  if (verdict !== 'good' && verdict !== 'poor') throw new Error(`the held call's line read "${verdict}" at its end, not audio both ways`);
  await hangUp(rig, caller);
  await saveWrapUp(rig.page);
  return usage(before, after);
}

/**
 * CPU per call in the browser shell: one call answered from a known
 * customer (card and script on screen) and held for `callSeconds`,
 * against the same console idle (registered, ready, no call) for as long,
 * three rounds, in the same run. CPU is utime + stime from /proc of every
 * Chromium process (renderer, GPU, the audio and network services, the
 * browser) and the web host; the figure is percent of one core.
 */
export async function benchCallCpu(callSeconds: number, options: { profile: boolean }): Promise<boolean> {
  console.log(`\nCPU per call in the browser shell: a call held ${callSeconds} s against the idle console for ${callSeconds} s, three rounds`);
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-cpu-'));
  // Long enough for every call: baresip's tone must not end mid-call, or the far end would go quiet.
  // The render counter walks React's tree on every commit: only there when the profile is asked for.
  const rig = await startConsoleRig(dir, { customers: 5_000, callers: 1, toneSeconds: callSeconds + 60, initScripts: options.profile ? [countReactRenders] : [] });
  try {
    const caller = rig.callers[0] as Caller;
    // Not counted: the first call loads code and starts Chromium's audio service, which then stays.
    await ringAndAnswer(rig, caller);
    await hangUp(rig, caller);
    await saveWrapUp(rig.page);
    const counted = chromiumProcesses();
    console.log(`  processes counted: ${[...new Set(counted.map((entry) => entry.kind))].join(', ')} (Chromium, ${counted.length} processes) and the web host`);
    const differences: number[] = [];
    for (let round = 1; round <= 3; round++) {
      // Taking turns which goes first: a change in the machine's load falls on both alike.
      let idle: Usage;
      let call: Usage;
      if (round % 2 === 1) {
        idle = await idleFor(rig, callSeconds);
        call = await callFor(rig, caller, callSeconds);
      } else {
        call = await callFor(rig, caller, callSeconds);
        idle = await idleFor(rig, callSeconds);
      }
      differences.push(call.total - idle.total);
      console.log(`  round ${round}: in call ${describe(call)}`);
      console.log(`    baseline, idle console ${describe(idle)}; difference ${percent(call.total - idle.total)} of one core, ratio ${(call.total / idle.total).toFixed(2)}×`);
    }
    console.log(`  difference over three rounds: ${percent(Math.min(...differences))} – ${percent(Math.max(...differences))} of one core`);
    const met = printTarget('a call costs < 5 % of one core over the idle console, in every round', Math.max(...differences) < 5);
    if (options.profile) await printProfiledCall(rig, caller, callSeconds);
    return met;
  } catch (error) {
    console.error(`  page errors:\n${rig.pageErrors.slice(-10).join('\n')}`);
    throw error;
  } finally {
    await rig.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Percent of one core each thread of the renderer and the audio service used while `during` ran, by thread name. */
async function threadsDuring(during: () => Promise<void>): Promise<string> {
  const watched = chromiumProcesses().filter((entry) => entry.kind === 'renderer' || entry.kind === 'audio.mojom.AudioService');
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
  const idleThreads = await threadsDuring(async () => {
    idle = await profilePage(rig.page, () => sleep(seconds * 1000));
  });
  const idleBusyMs = idle.filter((entry) => entry.name !== '(idle)').reduce((sum, entry) => sum + entry.ms, 0);
  console.log(`  idle console, ${seconds} s: threads (% of one core) ${idleThreads}`);
  console.log(`    renderer's main thread busy ${idleBusyMs.toFixed(0)} ms (${(idle.find((entry) => entry.name === '(program)')?.ms ?? 0).toFixed(0)} ms of it "(program)", the profiler's start-up among it)`);
  await ringAndAnswer(rig, caller);
  let top: Awaited<ReturnType<typeof profilePage>> = [];
  let renders: Awaited<ReturnType<typeof countRendersDuring>> = { commits: 0, components: [] };
  const callThreads = await threadsDuring(async () => {
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
