import { once } from 'node:events';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { createEventLog } from './event-log';
import { freeTcpPort, freeUdpAndTcpPort, startProcess, waitUntil, type RunningProcess } from './processes';
import type { SipUser, TelephonyStack } from './telephony-stack';

export interface BaresipEvent {
  type: string;
  class?: string;
  peeruri?: string;
  param?: string;
  [key: string]: unknown;
}

export interface BaresipPhone {
  uri: string;
  /** Where baresip writes what it hears (and sends), one WAV per stream. */
  recordingsDir: string;
  command(command: string, params?: string): Promise<{ ok: boolean; data: string }>;
  /** Resolves with the first matching event: one already seen and not yet waited for, or the next. */
  waitForEvent(matches: (event: BaresipEvent) => boolean, timeoutMs?: number): Promise<BaresipEvent>;
  /** Drops the events seen so far, so that a new story cannot match an old one's. */
  forgetEvents(): void;
  /** What baresip printed lately: for a failing test's report. */
  logs(): string;
  stop(): Promise<void>;
}

function withoutColours(text: string): string {
  // eslint-disable-next-line no-control-regex -- ANSI colour codes are control characters by definition.
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

/** ctrl_tcp frames JSON as netstrings: `<length>:<json>,`. */
function netstring(json: unknown): string {
  const body = JSON.stringify(json);
  return `${Buffer.byteLength(body)}:${body},`;
}

function* readNetstrings(buffer: { data: Buffer }): Generator<unknown> {
  for (;;) {
    const colon = buffer.data.indexOf(':');
    if (colon < 0) return;
    const length = Number(buffer.data.subarray(0, colon).toString());
    if (buffer.data.length < colon + 1 + length + 1) return;
    const body = buffer.data.subarray(colon + 1, colon + 1 + length).toString();
    buffer.data = buffer.data.subarray(colon + 1 + length + 1);
    yield JSON.parse(body);
  }
}

/**
 * A customer's phone: baresip registered over UDP, answering automatically,
 * playing `playFile` into every call and recording what it hears. Driven over
 * one ctrl_tcp connection for both commands and events.
 */
/**
 * How its calls carry media: plain RTP (a desk phone, a trunk), or the way a
 * WebRTC phone must — ICE and DTLS-SRTP (UDP/TLS/RTP/SAVP) — which the
 * telephony bench times the console against like for like.
 */
export type BaresipMedia = 'plain-rtp' | 'ice-dtls-srtp';

export async function startBaresip(
  dir: string,
  stack: Pick<TelephonyStack, 'domain' | 'udpPort'>,
  user: SipUser,
  playFile: string,
  media: BaresipMedia = 'plain-rtp',
): Promise<BaresipPhone> {
  mkdirSync(dir, { recursive: true });
  const recordingsDir = join(dir, 'recordings');
  mkdirSync(recordingsDir, { recursive: true });
  const [sipPort, controlPort] = await Promise.all([freeUdpAndTcpPort(), freeTcpPort()]);
  writeFileSync(
    join(dir, 'config'),
    [
      'poll_method epoll',
      `sip_listen 127.0.0.1:${sipPort}`,
      'net_interface 127.0.0.1',
      // Media ports apart from the test servers' (5000–9999, tests/stack/processes.ts) and rtpengine's (20000+).
      'rtp_ports 10000-19998',
      `audio_source aufile,${playFile}`,
      // No sound card here: the bridge consumes what is played, sndfile records it first.
      'audio_player aubridge,nowhere',
      'audio_alert aubridge,nowhere',
      'module_path /usr/lib/baresip/modules',
      'module g711.so',
      'module aufile.so',
      'module aubridge.so',
      'module sndfile.so',
      'module account.so',
      ...(media === 'ice-dtls-srtp' ? ['module ice.so', 'module dtls_srtp.so'] : []),
      'module_app menu.so',
      'module_app ctrl_tcp.so',
      `ctrl_tcp_listen 127.0.0.1:${controlPort}`,
      `snd_path ${recordingsDir}`,
      '',
    ].join('\n'),
  );
  const uri = `sip:${user.username}@${stack.domain}`;
  const aor = `sip:${user.username}@${stack.domain}:${stack.udpPort};transport=udp`;
  const displayName = user.displayName ? `"${user.displayName}" ` : '';
  const account = `${displayName}<${aor}>;auth_pass=${user.password};outbound="sip:${stack.domain}:${stack.udpPort};transport=udp";answermode=auto;regint=3600;audio_codecs=PCMU,PCMA${media === 'ice-dtls-srtp' ? ';medianat=ice;mediaenc=dtls_srtp' : ''}`;
  writeFileSync(join(dir, 'accounts'), `${account}\n`);
  writeFileSync(join(dir, 'contacts'), '');

  const baresip: RunningProcess = startProcess('baresip', 'baresip', ['-f', dir], dir);
  let socket: Socket | null = null;
  await waitUntil(
    'baresip control port',
    async () => {
      const candidate = connect(controlPort, '127.0.0.1');
      try {
        await once(candidate, 'connect');
        socket = candidate;
        return true;
      } catch {
        candidate.destroy();
        return false;
      }
    },
    10_000,
    baresip,
  );
  const control = socket as unknown as Socket;

  const events = createEventLog<BaresipEvent>(
    (pending) => `baresip (${uri}) did not report the expected event; saw: ${pending.map((event) => event.type).join(', ')}`,
  );
  const responses = new Map<string, (response: { ok: boolean; data: string }) => void>();
  const buffer = { data: Buffer.alloc(0) };
  control.on('data', (chunk: Buffer) => {
    buffer.data = Buffer.concat([buffer.data, chunk]);
    for (const message of readNetstrings(buffer)) {
      const record = message as Record<string, unknown>;
      if (record.response) {
        responses.get(String(record.token))?.({ ok: Boolean(record.ok), data: String(record.data ?? '') });
        responses.delete(String(record.token));
      } else if (record.event) {
        events.push(record as BaresipEvent);
      }
    }
  });

  let nextToken = 1;
  const phone: BaresipPhone = {
    uri,
    recordingsDir,
    command: (command, params = '') =>
      new Promise((resolve) => {
        const token = String(nextToken++);
        responses.set(token, resolve);
        control.write(netstring({ command, params, token }));
      }),
    waitForEvent: (matches, timeoutMs) => events.waitFor(matches, timeoutMs),
    forgetEvents: () => events.forget(),
    logs: () => baresip.output(),
    stop: async () => {
      control.destroy();
      await baresip.stop();
    },
  };
  // Registration may finish before the control connection is up: ask rather than wait for the event.
  try {
    await waitUntil('baresip registration', async () => /\bOK\b/.test(withoutColours((await phone.command('reginfo')).data)), 10_000, baresip);
  } catch (error) {
    await phone.stop();
    throw error;
  }
  return phone;
}

/** What a baresip heard on its latest call: the newest recording of the far end, if any. */
export function latestRecording(phone: BaresipPhone): string | undefined {
  return readdirSync(phone.recordingsDir)
    .filter((file) => file.endsWith('-dec.wav'))
    .map((file) => join(phone.recordingsDir, file))
    .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs)
    .at(-1);
}

/**
 * The audio codec of the call up now, as the far end answered it: the first
 * of the remote formats in baresip's call status (`callstat`), which is what
 * both ends send.
 */
export async function negotiatedCodec(phone: BaresipPhone): Promise<string> {
  const { data } = await phone.command('callstat');
  return /remote formats:\s*\n\s*\d+ (\S+)/.exec(data)?.[1] ?? 'unknown';
}
