import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useAppCore } from '../support/app-core';

/** A CRM stand-in on loopback that writes down the headers of every request it gets. */
async function listeningCrm(): Promise<{ url: string; seen: IncomingHttpHeaders[]; close(): Promise<void> }> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    seen.push(request.headers);
    response.writeHead(401, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/parley`,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('secrets stay with the address they were given for', () => {
  const start = useAppCore();

  it('the CRM token is not sent to a new CRM address saved without one, and the form asks for it', async () => {
    const { dispatch } = start();
    const first = await listeningCrm();
    const moved = await listeningCrm();
    try {
      await dispatch('sync.connection.save', { url: first.url, token: 'crm-token-for-the-first' });
      await dispatch('sync.now', {});
      expect(first.seen.at(-1)?.authorization).toBe('Bearer crm-token-for-the-first');

      // Another port is another origin: the token stays behind.
      expect(await dispatch('sync.connection.save', { url: moved.url })).toEqual({ ok: true, value: { url: moved.url, hasToken: false } });
      await dispatch('sync.now', {});
      expect(moved.seen.length).toBeGreaterThan(0);
      expect(moved.seen.every((headers) => headers.authorization === undefined)).toBe(true);
    } finally {
      await first.close();
      await moved.close();
    }
  });

  it('a new path on the same CRM keeps the token', async () => {
    const { dispatch } = start();
    await dispatch('sync.connection.save', { url: 'https://crm.example.com/parley', token: 't' });
    expect(await dispatch('sync.connection.save', { url: 'https://crm.example.com/parley/v2' })).toMatchObject({ value: { hasToken: true } });
  });

  it('the SIP password is forgotten when the server or the domain changes, kept otherwise', async () => {
    const { dispatch } = start();
    const account = { server: 'wss://sip.example.com/ws', username: 'anna', domain: 'example.com', displayName: '' };
    await dispatch('phone.account.save', { ...account, password: 'sip-secret' });
    expect(await dispatch('phone.account.save', { ...account, displayName: 'Anna' })).toMatchObject({ value: { hasPassword: true } });
    expect(await dispatch('phone.account.save', { ...account, server: 'wss://pbx.elsewhere.example/ws' })).toMatchObject({ value: { hasPassword: false } });
    expect(await dispatch('phone.credentials', {})).toEqual({ ok: false, error: { code: 'no_sip_password' } });

    await dispatch('phone.account.save', { ...account, password: 'sip-secret' });
    expect(await dispatch('phone.account.save', { ...account, domain: 'other.example' })).toMatchObject({ value: { hasPassword: false } });
  });
});
