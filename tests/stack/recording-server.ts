import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { encodeWav } from '../../src/renderer/src/core/audio/wav';

export interface RecordingServer {
  /** The URL template IT would set: `<origin>/recordings/{callId}.wav`. */
  template: string;
  /** How many times each recording was asked for. */
  readonly requests: ReadonlyMap<string, number>;
  close(): Promise<void>;
}

/** A few seconds of a 440 Hz tone rising and falling twice a second, like syllables: a waveform with a visible shape. */
function toneWav(seconds: number): Uint8Array {
  const sampleRate = 8_000;
  const envelope = (i: number) => 0.15 + 0.6 * Math.abs(Math.sin((2 * Math.PI * i) / sampleRate));
  const samples = new Float32Array(sampleRate * seconds).map((_, i) => envelope(i) * Math.sin((2 * Math.PI * 440 * i) / sampleRate));
  return encodeWav(samples, sampleRate);
}

/**
 * A recording server on 127.0.0.1, as a PBX's would be: a WAV for each
 * Call-ID it holds, 404 for any other, and for a Call-ID in `notAudio` an
 * HTML page (a login page in front of the files). It answers the console's
 * page from another origin, so it sends CORS headers as a real one must.
 */
export async function startRecordingServer(options: { callIds: readonly string[]; notAudio?: readonly string[]; seconds?: number }): Promise<RecordingServer> {
  const wav = toneWav(options.seconds ?? 4);
  const requests = new Map<string, number>();
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    const match = /^\/recordings\/([^/]+)\.wav$/.exec(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const callId = match?.[1] === undefined ? null : decodeURIComponent(match[1]);
    if (callId !== null) requests.set(callId, (requests.get(callId) ?? 0) + 1);
    const cors = { 'access-control-allow-origin': '*' };
    if (callId !== null && options.callIds.includes(callId)) {
      response.writeHead(200, { ...cors, 'content-type': 'audio/wav', 'content-length': wav.byteLength }).end(wav);
    } else if (callId !== null && options.notAudio?.includes(callId)) {
      response.writeHead(200, { ...cors, 'content-type': 'text/html' }).end('<html><body>Sign in</body></html>');
    } else {
      response.writeHead(404, { ...cors, 'content-type': 'text/plain' }).end('no such recording');
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    template: `http://127.0.0.1:${port}/recordings/{callId}.wav`,
    requests,
    close: () =>
      new Promise<void>((closed) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => closed());
      }),
  };
}
