import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEventLog } from './event-log';
import { freeUdpPort, startProcess, waitUntil } from './processes';
import type { SipUser, TelephonyStack } from './telephony-stack';

/** linphonec's names for what a call goes through (liblinphone's LinphoneCallState, as linphonec prints them). */
export type LinphoneCallState =
  | 'incoming'
  | 'outgoing-init'
  | 'outgoing-progress'
  | 'outgoing-ringing'
  | 'connected'
  | 'streams-running'
  | 'pausing'
  | 'paused'
  | 'paused-by-remote'
  | 'resuming'
  | 'ended'
  | 'error';

export interface LinphoneCallEvent {
  /** linphonec's number for the call, as `answer`, `resume` and `hangUp` take it. */
  callId: number;
  state: LinphoneCallState;
  /** The other party's address. */
  peer: string;
  /** For `ended`: liblinphone's reason ("No error" when someone hung up). */
  reason?: string;
}

export interface LinphonePhone {
  /** Its address of record, e.g. sip:user@127.0.0.1. */
  uri: string;
  /** Calls `target` (a SIP URI); resolves with the new call's id once linphone has sent the INVITE. */
  call(target: string): Promise<number>;
  answer(callId: number): Promise<void>;
  /** Puts the current call on hold (linphonec can only hold the call it is in). */
  hold(): Promise<void>;
  resume(callId: number): Promise<void>;
  hangUp(callId: number): Promise<void>;
  /** Resolves with the first matching call event: one already seen and not yet waited for, or the next. */
  waitForCall(matches: (event: LinphoneCallEvent) => boolean, timeoutMs?: number): Promise<LinphoneCallEvent>;
  /** The latest state of a call, whether or not a test waited for it. */
  callState(callId: number): LinphoneCallState | undefined;
  /** Drops the call events seen so far, so that a new story cannot match an old one's. */
  forgetEvents(): void;
  /**
   * The WAV of what linphone heard on a call, since its media last (re)started
   * (a hold and a resume start a new one). linphone writes the WAV header when it
   * closes the file, so it can be read once the call has ended.
   */
  heard(callId: number): string;
  /** The first lines of the SIP requests linphone received, oldest first (e.g. "ACK sip:…"). */
  receivedRequests(): string[];
  /** What linphonec printed and liblinphone logged lately: for a failing test's report. */
  logs(): string;
  stop(): Promise<void>;
}

const callLines: [RegExp, LinphoneCallState, { id: number; peer: number; reason?: number }][] = [
  [/^Receiving new incoming call from (.+), assigned id (\d+)$/, 'incoming', { peer: 1, id: 2 }],
  [/^Establishing call id to (.+), assigned id (\d+)$/, 'outgoing-init', { peer: 1, id: 2 }],
  [/^Call (\d+) to (.+) in progress\.$/, 'outgoing-progress', { id: 1, peer: 2 }],
  [/^Call (\d+) to (.+) ringing\.$/, 'outgoing-ringing', { id: 1, peer: 2 }],
  [/^Call (\d+) with (.+) ended \((.*)\)\.$/, 'ended', { id: 1, peer: 2, reason: 3 }],
  [/^Call (\d+) with (.+) error\.$/, 'error', { id: 1, peer: 2 }],
  [/^Call (\d+) with (.+) is now paused\.$/, 'paused', { id: 1, peer: 2 }],
  [/^Call (\d+) with (.+) connected\.$/, 'connected', { id: 1, peer: 2 }],
  [/^Call (\d+) has been paused by (.+)\.$/, 'paused-by-remote', { id: 1, peer: 2 }],
  [/^Media streams established with (.+) for call (\d+) /, 'streams-running', { peer: 1, id: 2 }],
  [/^Pausing call (\d+) with (.+)\.$/, 'pausing', { id: 1, peer: 2 }],
  [/^Resuming call (\d+) with (.+)\.$/, 'resuming', { id: 1, peer: 2 }],
];

function parseCallLine(line: string): LinphoneCallEvent | null {
  for (const [pattern, state, groups] of callLines) {
    const match = pattern.exec(line);
    if (!match) continue;
    return { callId: Number(match[groups.id]), state, peer: match[groups.peer] ?? '', ...(groups.reason ? { reason: match[groups.reason] } : {}) };
  }
  return null;
}

/**
 * A second, independent SIP client: Debian's linphonec (liblinphone), driven
 * through its standard input, registered over UDP with GRUU as linphone does by
 * default (its Contact in calls is the pub-gruu Kamailio hands out). It plays
 * `playFile` into every call and records what it hears, one WAV per call, with
 * no sound card ("soundcard use files").
 */
export async function startLinphone(dir: string, stack: Pick<TelephonyStack, 'domain' | 'udpPort'>, user: SipUser, playFile: string): Promise<LinphonePhone> {
  // liblinphone keeps its database in ~/.local/share/linphone and fails to start without
  // the folder: a home of its own, never the real one.
  const home = join(dir, 'home');
  mkdirSync(join(home, '.local', 'share', 'linphone'), { recursive: true });
  const recordingsDir = join(dir, 'recordings');
  mkdirSync(recordingsDir, { recursive: true });
  const sipPort = await freeUdpPort();
  const uri = `sip:${user.username}@${stack.domain}`;
  const identity = user.displayName ? `"${user.displayName}" <${uri}>` : uri;
  const config = join(dir, 'linphonerc');
  writeFileSync(
    config,
    [
      '[sip]',
      `sip_port=${sipPort}`,
      'sip_tcp_port=-1',
      'sip_tls_port=-1',
      'bind_address=127.0.0.1',
      'use_ipv6=0',
      'default_proxy=0',
      '[rtp]',
      // Media ports apart from the test servers' (5000–9999, tests/stack/processes.ts) and rtpengine's (20000+).
      'audio_rtp_port=10000-19998',
      '[sound]',
      // What a call hears from linphone when no sound card is used.
      `hold_music=${playFile}`,
      '[proxy_0]',
      `reg_proxy=<sip:${stack.domain}:${stack.udpPort};transport=udp>`,
      `reg_identity=${identity}`,
      'reg_expires=3600',
      'reg_sendregister=1',
      '[auth_info_0]',
      `username=${user.username}`,
      `passwd=${user.password}`,
      `domain=${stack.domain}`,
      '',
    ].join('\n'),
  );
  const logFile = join(dir, 'linphone.log');
  // --pipe: commands are read from standard input line by line (fgets), with a flushed prompt
  // after each; without it linphonec uses readline, which buffers its prompt and mangles long
  // lines when the input is no terminal. (It also opens a Unix socket, /tmp/linphonec-<uid>, which
  // this driver does not use.)
  const linphonec = startProcess('linphonec', 'linphonec', ['--pipe', '-c', config, '-d', '6', '-l', logFile], dir, {
    env: { ...process.env, HOME: home },
    stdin: true,
  });
  let stdout = '';
  const prompts = () => stdout.split('linphonec> ').length - 1;
  let commands = Promise.resolve();
  /** linphonec keeps only the latest line it has not yet taken: each command waits for the prompt that follows its predecessor. */
  const send = (command: string): Promise<void> => {
    const taken = commands.then(async () => {
      const before = prompts();
      linphonec.child.stdin?.write(`${command}\n`);
      await waitUntil(`linphonec taking "${command.split(' ')[0]}"`, async () => prompts() > before, 5_000, linphonec);
    });
    // A command that failed is reported to its caller; the next ones still go.
    commands = taken.catch(() => undefined);
    return taken;
  };

  const events = createEventLog<LinphoneCallEvent>(
    (pending) => `linphone (${uri}) did not report the expected call event; saw: ${pending.map((event) => `${event.callId}:${event.state}`).join(', ')}`,
  );
  const states = new Map<number, LinphoneCallState>();
  const recordings = new Map<number, string>();
  let nextRecording = 0;
  let recordingTo = '';
  // linphonec records every call to the file set last, and hangs when the file is changed
  // while a call is ringing: the next call's file is set while no call is live.
  const recordNextCall = () => {
    recordingTo = join(recordingsDir, `call-${++nextRecording}.wav`);
    return send(`record ${recordingTo}`);
  };
  const live = (state: LinphoneCallState | undefined) => state !== undefined && state !== 'ended' && state !== 'error';
  const onCallEvent = (event: LinphoneCallEvent) => {
    if (!states.has(event.callId)) recordings.set(event.callId, recordingTo);
    states.set(event.callId, event.state);
    events.push(event);
    if (!live(event.state) && ![...states.values()].some(live)) {
      // Not awaited by anyone: a linphonec that stopped taking commands fails the test's next wait anyway.
      recordNextCall().catch((error: unknown) => console.warn(`linphone (${uri}) will not record its next call: ${String(error)}`));
    }
  };
  let printed = '';
  let registered = false;
  let usingFiles = false;
  linphonec.child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    printed += chunk.toString();
    const lines = printed.split('\n');
    printed = lines.pop() ?? '';
    for (const raw of lines) {
      // Output arrives after the prompt linphonec printed while it waited for a command.
      const line = raw.replace(/^(linphonec> )+/, '').trim();
      if (line.startsWith('registered, identity=')) registered = true;
      if (line === 'Using wav files instead of soundcard.') usingFiles = true;
      const event = parseCallLine(line);
      if (event) onCallEvent(event);
    }
  });

  const phone: LinphonePhone = {
    uri,
    call: async (target) => {
      await send(`call ${target}`);
      return (await events.waitFor((event) => event.state === 'outgoing-init')).callId;
    },
    answer: (callId) => send(`answer ${callId}`),
    hold: () => send('pause'),
    resume: (callId) => send(`resume ${callId}`),
    hangUp: (callId) => send(`terminate ${callId}`),
    waitForCall: (matches, timeoutMs) => events.waitFor(matches, timeoutMs),
    callState: (callId) => states.get(callId),
    forgetEvents: () => events.forget(),
    heard: (callId) => {
      const file = recordings.get(callId);
      if (!file) throw new Error(`linphone (${uri}) has no recording for call ${callId}`);
      return file;
    },
    receivedRequests: () => {
      if (!existsSync(logFile)) return [];
      const log = readFileSync(logFile, 'utf8');
      return [...log.matchAll(/received \[\d+\] new bytes from \[[^\]]*\]:\r?\n([^\r\n]*)/g)]
        .map((match) => match[1] ?? '')
        .filter((line) => !line.startsWith('SIP/2.0'));
    },
    logs: () => `${linphonec.output()}\n--- liblinphone log ---\n${existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-30_000) : ''}`,
    stop: () => linphonec.stop(),
  };

  try {
    // No sound card is needed or wanted: linphone plays hold_music and records to the call's file.
    await waitUntil('linphonec', async () => prompts() > 0, 10_000, linphonec);
    await send('soundcard use files');
    await waitUntil('linphonec using files', async () => usingFiles, 5_000, linphonec);
    await recordNextCall();
    await waitUntil(
      'linphone registration',
      async () => {
        await send('status register');
        await new Promise((resolve) => setTimeout(resolve, 100));
        return registered;
      },
      10_000,
      linphonec,
    );
  } catch (error) {
    await phone.stop();
    throw error;
  }
  return phone;
}
