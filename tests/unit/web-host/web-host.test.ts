import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startAppCore, type AppCore } from '../../../src/main/app-core';
import { createFileSecretStore } from '../../../src/main/services/secrets/file-secret-store';
import { contractPath, startWebHost, type WebHost } from '../../../src/main/web-host/server';
import { defaultSettings } from '../../../src/shared/domain/settings';
import { useTempDir } from '../support/temp-store';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens the contract socket; resolves with it, or with the HTTP status that refused it. */
function connect(host: WebHost, options: { token?: string; origin?: string } = {}): Promise<WebSocket | number> {
  const origin = options.origin ?? `http://127.0.0.1:${host.port}`;
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}${contractPath}?token=${options.token ?? host.token}`, { origin });
  return new Promise((resolve) => {
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', () => resolve(0));
  });
}

function nextMessage(ws: WebSocket): Promise<Record<string, unknown>> {
  return new Promise((resolve) => ws.once('message', (data: Buffer) => resolve(JSON.parse(data.toString()))));
}

describe('the browser shell host', () => {
  const tempDir = useTempDir();
  let core: AppCore;
  let host: WebHost;
  const sockets: WebSocket[] = [];

  beforeEach(async () => {
    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Parley</title><div id="root"></div>');
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    core = startAppCore({ dataDir: tempDir(), shell: 'web', version: 'test', demoData: false, createSecretStore: createFileSecretStore });
    host = await startWebHost({ core, rendererDir, port: 0 });
  });

  afterEach(async () => {
    sockets.splice(0).forEach((ws) => ws.close());
    await host.close();
    core.close();
  });

  const open = async (options?: { token?: string; origin?: string }) => {
    const ws = await connect(host, options);
    if (typeof ws === 'number') throw new Error(`refused with ${ws}`);
    sockets.push(ws);
    return ws;
  };

  it('listens on loopback and prints a URL that carries the run token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const page = await get(host.port, `/?token=${host.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Parley</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect((await get(host.port, '/assets/app.js')).headers['content-type']).toContain('javascript');
  });

  it('shows the page only to holders of the token, saying why in the browser language', async () => {
    const refused = await get(host.port, '/', { 'accept-language': 'uk-UA,uk;q=0.9,en;q=0.5' });
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('ключ доступу');
    expect((await get(host.port, '/index.html?token=stale-token')).body).toContain('access token');
  });

  it('serves nothing outside the renderer folder', async () => {
    expect((await get(host.port, '/../../../etc/passwd')).status).toBe(404);
    expect((await get(host.port, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await get(host.port, '/assets/%00app.js')).status).toBe(404);
  });

  it.each(['/%69ndex.html', '/./index.html', '//index.html', '/index.html/', '/INDEX.HTML', '/Index.Html', '/assets/../index.html', '/%2e/index.html', '/index%2ehtml'])(
    'does not show the page at %s without the token',
    async (path) => {
      const refused = await get(host.port, path);
      expect(refused.status).toBe(403);
      expect(refused.body).not.toContain('id="root"');
    },
  );

  it('refuses requests addressed to another host name (DNS rebinding), localhost included: one origin, the printed one', async () => {
    expect((await get(host.port, `/?token=${host.token}`, { host: 'evil.example:80' })).status).toBe(403);
    expect((await get(host.port, `/?token=${host.token}`, { host: `localhost:${host.port}` })).status).toBe(403);
    expect(await connect(host, { origin: `http://localhost:${host.port}` })).toBe(403);
  });

  it("narrows the page's connections to the configured SIP server and CRM, as soon as they change", async () => {
    const before = (await get(host.port, `/?token=${host.token}`)).headers['content-security-policy'];
    expect(before).toContain("connect-src 'self';");
    await core.dispatch('phone.account.save', { server: 'wss://sip.example.com:7443/ws', username: 'anna', domain: 'example.com', displayName: '' });
    await core.dispatch('sync.connection.save', { url: 'https://crm.example.com/parley' });
    const after = (await get(host.port, `/?token=${host.token}`)).headers['content-security-policy'];
    expect(after).toContain("connect-src 'self' wss://sip.example.com:7443 https://crm.example.com;");
  });

  it('refuses a contract socket without the token or from another origin', async () => {
    expect(await connect(host, { token: 'wrong-token-wrong-token-wrong-token' })).toBe(403);
    expect(await connect(host, { token: '' })).toBe(403);
    expect(await connect(host, { origin: 'http://evil.example' })).toBe(403);
    expect(await connect(host, { origin: `http://127.0.0.1:${host.port + 1}` })).toBe(403);
  });

  it('answers contract calls and rejects an invalid payload naming the field', async () => {
    const ws = await open();
    ws.send(JSON.stringify({ id: 1, method: 'settings.get', params: {} }));
    expect(await nextMessage(ws)).toEqual({ id: 1, ok: true, value: { ...defaultSettings, language: 'system' } });

    ws.send(JSON.stringify({ id: 2, method: 'customers.search', params: { query: { $gt: '' } } }));
    expect(await nextMessage(ws)).toMatchObject({ id: 2, ok: false, error: { code: 'invalid_request', field: 'query' } });

    ws.send('not json at all');
    expect(await nextMessage(ws)).toMatchObject({ id: null, ok: false, error: { code: 'invalid_request' } });
  });

  it('sends what is ready together in one frame, in order: a save\'s event and its answer', async () => {
    // The page handles a frame in one task and renders after it: one frame for both is one render, not two.
    const ws = await open();
    const frame = new Promise<unknown>((resolve) => ws.once('message', (data: Buffer) => resolve(JSON.parse(data.toString()))));
    ws.send(JSON.stringify({ id: 1, method: 'settings.update', params: { language: 'ru' } }));
    expect(await frame).toEqual([
      { event: 'settings.changed', payload: { ...defaultSettings, language: 'ru' } },
      { id: 1, ok: true, value: { ...defaultSettings, language: 'ru' } },
    ]);
  });

  it('pushes events to every connected page', async () => {
    const changer = await open();
    const watcher = await open();
    const pushed = nextMessage(watcher);
    changer.send(JSON.stringify({ id: 1, method: 'settings.update', params: { language: 'uk' } }));
    expect(await pushed).toEqual({ event: 'settings.changed', payload: { ...defaultSettings, language: 'uk' } });
  });
});
