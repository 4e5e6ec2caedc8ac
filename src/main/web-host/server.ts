import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { maxRequestBytes, requestTooLarge, wireRequestSchema, type WireServerMessage } from '@shared/contract/wire';
import type { AppCore } from '../app-core';
import { isPagePath, readRendererFile, rendererPath } from '../renderer-files';
import { missingTokenPage } from './messages';
import { mainLog } from '../services/logging/main-log';

export const contractPath = '/contract';
const loopback = '127.0.0.1';
/**
 * Frames up to twice the contract's limit are read and answered with an
 * error naming the limit; beyond that ws closes the socket (1009, Message Too
 * Big) without buffering more. The page's own transport never sends either.
 */
const maxFrameBytes = 2 * maxRequestBytes;

export interface WebHostOptions {
  core: AppCore;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const staticSecurityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function sameSecret(given: string | null, token: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The browser shell: serves the built renderer on loopback and carries the
 * contract over a WebSocket that only this page, holding the token, may open.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const { core } = options;
  let origin = '';
  let allowedHost = '';

  // DNS rebinding: a page on another name that resolves to 127.0.0.1 must not reach us. Only the
  // address we print is served: `localhost` would be a second origin, refused by the socket's Origin check.
  const hostAllowed = (request: IncomingMessage) => request.headers.host === allowedHost;
  // Rebuilt for every response: the SIP server or CRM may have changed since the last page load.
  const securityHeaders = () => ({ ...staticSecurityHeaders, 'Content-Security-Policy': core.contentSecurityPolicy() });

  const http = createServer(async (request, response) => {
    if (!hostAllowed(request) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(request.method === 'GET' ? 403 : 405).end();
      return;
    }
    const url = new URL(request.url ?? '/', origin);
    const path = rendererPath(url.pathname);
    // The page itself only for holders of the token; its scripts and styles are not secret.
    if (path !== null && isPagePath(path) && !sameSecret(url.searchParams.get('token'), token)) {
      response.writeHead(403, { ...securityHeaders(), 'Content-Type': 'text/html; charset=utf-8' });
      response.end(missingTokenPage(request.headers['accept-language']));
      return;
    }
    const file = path === null ? null : await readRendererFile(options.rendererDir, path);
    if (!file) {
      response.writeHead(404, securityHeaders()).end();
      return;
    }
    response.writeHead(200, { ...securityHeaders(), 'Content-Type': file.contentType });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes });
  http.on('upgrade', (request, socket, head) => {
    // A peer that resets mid-handshake must not become an unhandled 'error' that ends the host (ws handles it once upgraded).
    const onHandshakeError = (error: Error) => mainLog.warn(`contract socket handshake: ${error.message}`);
    socket.on('error', onHandshakeError);
    const url = new URL(request.url ?? '/', origin);
    const allowed =
      url.pathname === contractPath &&
      hostAllowed(request) &&
      request.headers.origin === origin &&
      sameSecret(url.searchParams.get('token'), token);
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      socket.off('error', onHandshakeError);
      serveContract(ws, core);
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, loopback, () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  allowedHost = `${loopback}:${port}`;
  origin = `http://${allowedHost}`;

  return {
    url: `${origin}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.clients.forEach((client) => client.terminate());
        sockets.close();
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Messages ready in the same turn of the host's event loop leave as one
 * frame (a JSON array when there are several): a page handles each frame in
 * a task of its own and renders after it, so the first screen's dozen
 * answers, sent one frame each, cost it a dozen renders.
 */
function frameSender(ws: WebSocket): (message: WireServerMessage) => void {
  let waiting: WireServerMessage[] = [];
  return (message) => {
    if (waiting.push(message) > 1) return;
    setImmediate(() => {
      const frame = waiting;
      waiting = [];
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame.length === 1 ? frame[0] : frame));
    });
  };
}

function serveContract(ws: WebSocket, core: AppCore): void {
  const send = frameSender(ws);
  const unsubscribe = core.onEvent((event, payload) => send({ event, payload }));
  ws.on('close', unsubscribe);
  // Malformed frames (invalid UTF-8, reserved bits, unknown opcodes, unmasked, oversize) end up here: ws
  // closes that socket with the matching code; without a handler the 'error' event would end the process.
  ws.on('error', (error) => mainLog.warn(`contract socket closed on a bad frame: ${error.message}`));
  ws.on('message', async (data: RawData, isBinary) => {
    const text = isBinary ? '' : data.toString();
    const request = wireRequestSchema.safeParse(isBinary ? undefined : parseJson(text));
    if (!request.success) {
      send({ id: null, ok: false, error: { code: 'invalid_request', message: 'Not a contract request: expected {id, method, params}' } });
      return;
    }
    const bytes = Buffer.byteLength(text);
    if (bytes > maxRequestBytes) {
      send({ id: request.data.id, ok: false, error: requestTooLarge(bytes) });
      return;
    }
    const result = await core.dispatch(request.data.method, request.data.params);
    send({ id: request.data.id, ...result });
  });
}
