import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks a second, the unit of utime and stime in /proc/<pid>/stat. */
const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

/** One process's CPU time so far (user + system, in seconds) and what it is. */
export interface ProcessCpu {
  pid: number;
  /** `browser`, `renderer`, `gpu-process`, `zygote`, a utility's service (`audio.mojom.AudioService`), or a name we gave it. */
  kind: string;
  seconds: number;
}

/** utime + stime of a process (or, given its stat file, one thread), in seconds; null once it is gone. */
export function cpuSeconds(pid: number, statFile = `/proc/${pid}/stat`): number | null {
  let stat: string;
  try {
    stat = readFileSync(statFile, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may hold spaces: the fields are counted after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 (utime) and 15 (stime), counted from field 3 (state) at index 0.
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

function parentOf(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? Number.NaN);
  } catch {
    return null;
  }
}

/** Split on spaces too: Chromium's children rewrite their command line into one string (their process title). */
function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
  } catch {
    return [];
  }
}

/** Every process below `root` (children, their children …), by walking /proc's parent links. */
export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent === null) continue;
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** What a Chromium process does, from its switches: `--type=` and, for a utility process, the service it runs. */
function chromiumKind(args: readonly string[]): string {
  const value = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const type = value('type');
  if (type === undefined) return 'browser';
  return type === 'utility' ? (value('utility-sub-type') ?? 'utility') : type;
}

/**
 * The CPU time of every Chromium process this Node process started (the
 * browser, its zygotes, renderers, GPU and utility processes — the audio and
 * network services among them), each with its kind. Chromium is a child of
 * this process: Playwright launches it in-process. Given a browser process
 * (`launchOwnBrowser`), only that browser and what it started: one of two
 * browsers running side by side.
 */
export function chromiumProcesses(browser?: number): ProcessCpu[] {
  return (browser === undefined ? descendants(process.pid) : [browser, ...descendants(browser)])
    .map((pid) => ({ pid, args: commandLine(pid) }))
    .filter(({ args }) => /chromium/.test(args[0] ?? ''))
    .map(({ pid, args }) => ({ pid, kind: chromiumKind(args), seconds: cpuSeconds(pid) }))
    .filter((entry): entry is ProcessCpu => entry.seconds !== null);
}

/**
 * CPU seconds each kind of process used between two readings. A process that
 * started in between counts from zero; one that ended in between is lost
 * (its time cannot be read any more), so readings should bracket no exits.
 */
export function cpuUsedByKind(before: readonly ProcessCpu[], after: readonly ProcessCpu[]): Map<string, number> {
  const earlier = new Map(before.map((entry) => [entry.pid, entry.seconds]));
  const used = new Map<string, number>();
  for (const { pid, kind, seconds } of after) used.set(kind, (used.get(kind) ?? 0) + seconds - (earlier.get(pid) ?? 0));
  return used;
}

/** CPU seconds of a process's threads so far, summed by thread name (Chromium names its threads: `AudioOutputDevice`, `WebRTC_W_and_N`…). */
export function threadCpu(pid: number): Map<string, number> {
  const byName = new Map<string, number>();
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return byName;
  }
  for (const tid of threads) {
    let name: string;
    try {
      name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
    } catch {
      continue;
    }
    const seconds = cpuSeconds(Number(tid), `/proc/${pid}/task/${tid}/stat`);
    if (seconds !== null) byName.set(name, (byName.get(name) ?? 0) + seconds);
  }
  return byName;
}
