import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * Ports for the test servers are drawn from 5000–9999: apart from baresip's
 * media ports (10000–19998), rtpengine's slices (20000+) and Linux's
 * ephemeral range (32768+), from which the kernel hands ports to anyone who
 * asks — Chromium's ICE gathering among them — between our check and the
 * server's own bind.
 */
const serverPorts = { from: 5_000, to: 9_999 };
/** Media (RTP) ports of the test peers: baresip's, linphone's and the raw SIP phone's. */
const mediaPorts = { from: 10_000, to: 19_998 };

/**
 * Ports of that range Chromium refuses to connect to (net::ERR_UNSAFE_PORT,
 * its restricted-ports list: SIP, X11, IRC…): a WebSocket server there is
 * unreachable from the console, and a story fails as "server unreachable".
 */
const portsChromiumRefuses = new Set([5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6697]);

function randomServerPort(): number {
  for (;;) {
    const port = serverPorts.from + Math.floor(Math.random() * (serverPorts.to - serverPorts.from + 1));
    if (!portsChromiumRefuses.has(port)) return port;
  }
}

/** An even port of the media range: RTP's, with RTCP on the odd one above it (RFC 3550). */
function randomMediaPort(): number {
  return mediaPorts.from + 2 * Math.floor(Math.random() * ((mediaPorts.to - mediaPorts.from) / 2 + 1));
}

/** Whether a loopback port can be bound now, by TCP or UDP. */
function canBind(port: number, protocol: 'tcp' | 'udp'): Promise<boolean> {
  return new Promise((resolve) => {
    if (protocol === 'tcp') {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
      return;
    }
    const socket = createSocket('udp4');
    socket.once('error', () => resolve(false));
    socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
  });
}

/**
 * Ports this process has handed out: servers started together (Kamailio's
 * UDP and WebSocket ports, a baresip's SIP and control ports) check their
 * ports at the same time, before any of them binds, and must not be given
 * the same one.
 */
const handedOut = new Set<number>();

async function freePort(protocols: readonly ('tcp' | 'udp')[]): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = randomServerPort();
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    const free = await Promise.all(protocols.map((protocol) => canBind(port, protocol)));
    if (free.every(Boolean)) return port;
  }
  throw new Error(`No free ${protocols.join(' and ')} port on 127.0.0.1 between ${serverPorts.from} and ${serverPorts.to} after 50 tries`);
}

/**
 * A UDP socket bound on 127.0.0.1 for a peer written in Node (a SIP endpoint
 * takes a server port, RTP a media one). Bound here, not checked and left for
 * later, so nothing can take the port in between.
 */
export async function bindLoopbackUdp(kind: 'server' | 'media'): Promise<UdpSocket> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const socket = createSocket('udp4');
    const port = kind === 'server' ? randomServerPort() : randomMediaPort();
    const bound = await new Promise<boolean>((resolve) => {
      socket.once('error', () => resolve(false));
      socket.bind(port, '127.0.0.1', () => resolve(true));
    });
    if (bound) return socket;
    socket.close();
  }
  throw new Error(`No free ${kind} UDP port on 127.0.0.1 after 50 tries`);
}

/** A free loopback TCP port for a test server. */
export function freeTcpPort(): Promise<number> {
  return freePort(['tcp']);
}

/** A free loopback UDP port for a test server. */
export function freeUdpPort(): Promise<number> {
  return freePort(['udp']);
}

/** A loopback port free for both UDP and TCP: baresip's `sip_listen` binds the two (a port taken for TCP alone, say Kamailio's WebSocket one, fails its start). */
export function freeUdpAndTcpPort(): Promise<number> {
  return freePort(['udp', 'tcp']);
}

export interface RunningProcess {
  name: string;
  child: ChildProcess;
  /** Everything it printed, for the test's failure message. */
  output(): string;
  /** Freezes it with every process it started (SIGSTOP), as a hung server is: connections stay open, nothing answers. */
  freeze(): void;
  /** Thaws what `freeze` stopped (SIGCONT). */
  thaw(): void;
  stop(): Promise<void>;
}

/** The process and everything it started (a server's worker processes), by walking /proc's parent links. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name (field 2) may hold spaces and parentheses: the parent PID follows its closing one.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), parent);
    } catch {
      // The process ended while the list was read: it is not part of any tree any more.
    }
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index += 1) {
    for (const [pid, parent] of parents) if (parent === tree[index]) tree.push(pid);
  }
  return tree;
}

/** Starts a server in the foreground, keeping its output, and stops it by PID. */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  cwd: string,
  /** `stdin`: for a program driven by commands on its standard input (child.stdin). */
  options: { env?: NodeJS.ProcessEnv; stdin?: boolean } = {},
): RunningProcess {
  const child = spawn(command, args, { cwd, env: options.env, stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-200_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A test runner that dies must not leave servers behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));
  return {
    name,
    child,
    output: () => output,
    freeze: () => {
      if (child.pid !== undefined) for (const pid of processTree(child.pid)) process.kill(pid, 'SIGSTOP');
    },
    thaw: () => {
      if (child.pid !== undefined) for (const pid of processTree(child.pid)) process.kill(pid, 'SIGCONT');
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      // A frozen server (and its workers) would hold the SIGTERM until thawed.
      for (const pid of processTree(child.pid)) process.kill(pid, 'SIGCONT');
      process.kill(child.pid, 'SIGTERM');
      const killed = setTimeout(() => child.pid !== undefined && process.kill(child.pid, 'SIGKILL'), 3_000);
      await exited;
      clearTimeout(killed);
    },
  };
}

/** Retries `probe` until it succeeds or the time is up; the error says which server never came up. */
export async function waitUntil(description: string, probe: () => Promise<boolean>, timeoutMs = 10_000, process?: RunningProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (process && process.child.exitCode !== null) break;
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${description} did not become ready${process ? `:\n${process.output()}` : ''}`);
}

/** Sends one UDP datagram and resolves with the first answer, or null after the timeout. */
export function udpExchange(port: number, message: string | Buffer, timeoutMs = 500): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    const timer = setTimeout(() => {
      socket.close();
      resolve(null);
    }, timeoutMs);
    socket.once('message', (answer) => {
      clearTimeout(timer);
      socket.close();
      resolve(answer.toString());
    });
    socket.send(message, port, '127.0.0.1');
  });
}
