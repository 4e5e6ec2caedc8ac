import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect as connectTcp, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startAppCore, type AppCore } from '../../../src/main/app-core';
import { createFileSecretStore } from '../../../src/main/services/secrets/file-secret-store';
import { contractPath, startWebHost, type WebHost } from '../../../src/main/web-host/server';
import { maxScriptTextLength } from '../../../src/shared/contract/limits';
import { maxRequestBytes, wireServerMessages } from '../../../src/shared/contract/wire';
import { useTempDir } from '../support/temp-store';

interface Frame {
  opcode: number;
  payload: Buffer;
  fin?: boolean;
  /** The three reserved bits, as the top of the first byte's low nibble (0–7). */
  rsv?: number;
  masked?: boolean;
  /** Claimed payload length, when it is meant to differ from the payload sent. */
  claimedLength?: number;
}

/** A WebSocket frame (RFC 6455 §5.2), well-formed or not, byte by byte. */
function frame({ opcode, payload, fin = true, rsv = 0, masked = true, claimedLength = payload.length }: Frame): Buffer {
  const head = [(fin ? 0x80 : 0) | (rsv << 4) | opcode];
  const mask = masked ? 0x80 : 0;
  let length: Buffer;
  if (claimedLength < 126) length = Buffer.from([mask | claimedLength]);
  else if (claimedLength < 65536) length = Buffer.from([mask | 126, claimedLength >> 8, claimedLength & 0xff]);
  else {
    length = Buffer.alloc(9);
    length[0] = mask | 127;
    length.writeBigUInt64BE(BigInt(claimedLength), 1);
  }
  if (!masked) return Buffer.concat([Buffer.from(head), length, payload]);
  const key = randomBytes(4);
  const body = Buffer.from(payload.map((byte, index) => byte ^ key.readUInt8(index % 4)));
  return Buffer.concat([Buffer.from(head), length, key, body]);
}

/** A raw TCP connection that has done the page's own handshake (token, origin): what comes next is up to the test. */
function rawContractSocket(host: WebHost): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connectTcp(host.port, '127.0.0.1');
    socket.on('error', () => undefined); // the host may reset us: that is allowed, dying is not
    socket.once('connect', () =>
      socket.write(
        [
          `GET ${contractPath}?token=${host.token} HTTP/1.1`,
          `Host: 127.0.0.1:${host.port}`,
          `Origin: http://127.0.0.1:${host.port}`,
          'Upgrade: websocket',
          'Connection: Upgrade',
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
          'Sec-WebSocket-Version: 13',
          '',
          '',
        ].join('\r\n'),
      ),
    );
    socket.once('data', (data) => (data.toString().startsWith('HTTP/1.1 101') ? resolve(socket) : reject(new Error(data.toString()))));
  });
}

/** Sends bytes and waits until the host hangs up, or gives up waiting (a frame still incomplete is not an answer). */
function throwAt(socket: Socket, bytes: Buffer, waitMs = 300): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve();
    };
    const timer = setTimeout(done, waitMs);
    socket.once('close', done);
    socket.write(bytes);
  });
}

function pageStatus(host: WebHost): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path: `/?token=${host.token}`, headers: { host: `127.0.0.1:${host.port}` } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** A real client, as the page's transport is: one call, one answer. */
async function call(host: WebHost, message: string): Promise<Record<string, unknown>> {
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}${contractPath}?token=${host.token}`, { origin: `http://127.0.0.1:${host.port}` });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  try {
    // Events (a saved script announces itself) share the socket: wait for the answer.
    const answer = new Promise<Record<string, unknown>>((resolve) =>
      ws.on('message', (data: Buffer) => {
        const answer = wireServerMessages(data.toString()).find((message) => 'id' in message);
        if (answer) resolve(answer);
      }),
    );
    ws.send(message);
    return await answer;
  } finally {
    ws.close();
  }
}

/** Seeded, so a failing round can be replayed. */
function randomFrom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
}

describe('the browser shell host under hostile frames', () => {
  const tempDir = useTempDir();
  let core: AppCore;
  let host: WebHost;

  beforeEach(async () => {
    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Parley</title>');
    core = startAppCore({ dataDir: tempDir(), shell: 'web', version: 'test', demoData: false, createSecretStore: createFileSecretStore });
    host = await startWebHost({ core, rendererDir, port: 0 });
  });

  afterEach(async () => {
    await host.close();
    core.close();
  });

  const stillServing = async () => {
    expect(await pageStatus(host)).toBe(200);
    expect(await call(host, JSON.stringify({ id: 7, method: 'settings.get', params: {} }))).toMatchObject({ id: 7, ok: true });
  };

  it.each<[string, Buffer]>([
    ['invalid UTF-8 in a text frame', frame({ opcode: 1, payload: Buffer.from([0xc3, 0x28, 0xff]) })],
    ['a reserved bit set without an extension', frame({ opcode: 1, payload: Buffer.from('{}'), rsv: 4 })],
    ['all reserved bits set', frame({ opcode: 2, payload: Buffer.from('x'), rsv: 7 })],
    ['an unknown data opcode', frame({ opcode: 3, payload: Buffer.from('x') })],
    ['an unknown control opcode', frame({ opcode: 0xb, payload: Buffer.alloc(0) })],
    ['an unmasked client frame', frame({ opcode: 1, payload: Buffer.from('{}'), masked: false })],
    ['a continuation with nothing to continue', frame({ opcode: 0, payload: Buffer.from('x') })],
    ['a fragmented ping', frame({ opcode: 9, payload: Buffer.from('x'), fin: false })],
    ['a ping longer than 125 bytes', frame({ opcode: 9, payload: Buffer.alloc(200) })],
    ['a close frame with an invalid code', frame({ opcode: 8, payload: Buffer.from([0x03, 0xe7]) })],
    ['a close frame with invalid UTF-8 as its reason', frame({ opcode: 8, payload: Buffer.from([0x03, 0xe8, 0xff]) })],
    ['a frame claiming 2^40 bytes', frame({ opcode: 1, payload: Buffer.alloc(0), claimedLength: 2 ** 40 })],
    ['a frame claiming 2^63 bytes', Buffer.from([0x81, 0xff, 0x80, 0, 0, 0, 0, 0, 0, 0])],
    ['a frame just over the socket limit', frame({ opcode: 1, payload: Buffer.alloc(0), claimedLength: 2 * maxRequestBytes + 1 })],
  ])('survives %s and goes on serving', async (_case, bytes) => {
    await throwAt(await rawContractSocket(host), bytes);
    await stillServing();
  });

  it('survives random bytes, before and after the handshake (bounded fuzz)', async () => {
    const random = randomFrom(20240610);
    const rounds = Array.from({ length: 40 }, async (_, round) => {
      const garbage = Buffer.from(Array.from({ length: 1 + random(600) }, () => random(256)));
      if (round % 4 === 0) {
        const socket = connectTcp(host.port, '127.0.0.1');
        socket.on('error', () => undefined);
        await new Promise((resolve) => socket.once('connect', resolve));
        return throwAt(socket, garbage, 100);
      }
      // A valid-looking frame header with a random body, or pure noise.
      const bytes = round % 2 === 0 ? Buffer.concat([frame({ opcode: random(16), payload: garbage, rsv: random(8), fin: random(2) === 0 })]) : garbage;
      return throwAt(await rawContractSocket(host), bytes, 100);
    });
    await Promise.all(rounds);
    await stillServing();
  });

  it('answers a request over the limit with an error naming the limit, and keeps the connection', async () => {
    const oversize = JSON.stringify({ id: 3, method: 'scripts.save', params: { file: 'big.yaml', text: 'x'.repeat(maxRequestBytes) } });
    const answer = await call(host, oversize);
    expect(answer).toMatchObject({ id: 3, ok: false, error: { code: 'invalid_request' } });
    expect((answer.error as { message: string }).message).toContain(`limit is ${maxRequestBytes} bytes`);
    await stillServing();
  });

  it('takes the largest script the contract allows, however its characters are written', () => {
    // The worst JSON can do: every character a six-byte \\u escape.
    const worst = JSON.stringify({ id: 1, method: 'scripts.save', params: { file: 'f'.repeat(255), text: '\u0001'.repeat(maxScriptTextLength) } });
    expect(Buffer.byteLength(worst)).toBeLessThanOrEqual(maxRequestBytes);
  });

  it('saves a 330 kB script in Cyrillic (what used to end the host)', async () => {
    const shipped = readFileSync(join(import.meta.dirname, '../../../src/main/services/scripts/defaults/inbound-support.yaml'), 'utf8');
    const note = `# ${'Примечание для супервизора: формулировки согласованы с отделом качества. '.repeat(10)}\n`;
    const text = shipped + note.repeat(Math.ceil((330_000 - Buffer.byteLength(shipped)) / Buffer.byteLength(note)));
    expect(Buffer.byteLength(text)).toBeGreaterThan(330_000);
    const answer = await call(host, JSON.stringify({ id: 5, method: 'scripts.save', params: { file: 'inbound-support.yaml', text } }));
    expect(answer).toMatchObject({ id: 5, ok: true, value: { issues: [] } });
    expect((answer.value as { script: unknown }).script).not.toBeNull();
    await stillServing();
  });
});
