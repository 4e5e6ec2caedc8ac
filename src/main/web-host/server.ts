import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { wireRequestSchema, type WireServerMessage } from '@shared/contract/wire';
import { contentSecurityPolicyHeader } from '@shared/security/content-security-policy';
import type { AppCore } from '../app-core';
import { readRendererFile } from '../renderer-files';
import { missingTokenMessage } from './messages';

export const contractPath = '/contract';
const loopback = '127.0.0.1';
/** Bigger than any request the contract allows; a larger frame is hostile. */
const maxMessageBytes = 256 * 1024;

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

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicyHeader,
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
 * contract over a WebSocket that only this page, holding this run's token,
 * may open.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const { core } = options;
  let origin = '';
  const allowedHosts = new Set<string>();

  // DNS rebinding: a page on another name that resolves to 127.0.0.1 must not reach us.
  const hostAllowed = (request: IncomingMessage) => allowedHosts.has(request.headers.host ?? '');

  const http = createServer(async (request, response) => {
    if (!hostAllowed(request) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(request.method === 'GET' ? 403 : 405).end();
      return;
    }
    const url = new URL(request.url ?? '/', origin);
    const isPage = url.pathname === '/' || url.pathname === '/index.html';
    // The page itself only for holders of the token; its scripts and styles are not secret.
    if (isPage && !sameSecret(url.searchParams.get('token'), token)) {
      response.writeHead(403, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(missingTokenMessage(request.headers['accept-language']));
      return;
    }
    const file = await readRendererFile(options.rendererDir, url.pathname);
    if (!file) {
      response.writeHead(404, securityHeaders).end();
      return;
    }
    response.writeHead(200, { ...securityHeaders, 'Content-Type': file.contentType });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });
  http.on('upgrade', (request, socket, head) => {
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
    sockets.handleUpgrade(request, socket, head, (ws) => serveContract(ws, core));
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, loopback, () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  origin = `http://${loopback}:${port}`;
  allowedHosts.add(`${loopback}:${port}`).add(`localhost:${port}`);

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

function serveContract(ws: WebSocket, core: AppCore): void {
  const send = (message: WireServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  const unsubscribe = core.onEvent((event, payload) => send({ event, payload }));
  ws.on('close', unsubscribe);
  ws.on('message', async (data, isBinary) => {
    let message: unknown;
    try {
      message = isBinary ? undefined : JSON.parse(data.toString());
    } catch {
      message = undefined;
    }
    const request = wireRequestSchema.safeParse(message);
    if (!request.success) {
      send({ id: null, ok: false, error: { code: 'invalid_request', message: 'Not a contract request: expected {id, method, params}' } });
      return;
    }
    const result = await core.dispatch(request.data.method, request.data.params);
    send({ id: request.data.id, ...result });
  });
}
