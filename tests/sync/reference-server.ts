import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { pushRequestSchema, type PushResult, type SupervisionKeyItem, type WireItem } from '../../src/main/services/sync/wire';
import { createSupervisionAuthority } from './supervision-authority';

/**
 * What the server does to one request instead of answering it plainly:
 * - drop-before / drop-after: the connection is cut before / after the request took effect;
 * - fail-before / fail-after: a 500 before / after it took effect;
 * - hang-after: takes effect, then never answers (the client's timeout must fire);
 * - stale-page: answers a pull with the page the previous pull asked for (a replayed, out-of-order response).
 */
export type Fault = 'drop-before' | 'drop-after' | 'fail-before' | 'fail-after' | 'hang-after' | 'stale-page';

export interface ReferenceServerOptions {
  /** Required as `Authorization: Bearer …` when set. */
  token?: string;
  /** Decides, for the n-th request of a kind (1-based), whether it meets a fault. */
  faults?: (request: { kind: 'pull' | 'push'; n: number }) => Fault | null;
  /** Told of every request as it arrives, before any fault (a test kills the console at that moment). */
  onRequest?: (request: { kind: 'pull' | 'push'; n: number }) => void;
  /** Refuses pushed items this says are unacceptable (a CRM's own validation). */
  refuse?: (item: WireItem) => string | null;
  /** Breaks docs/SYNC.md on purpose, storing another form under a version held (the conformance suite must catch it). */
  formVersionsMayChange?: boolean;
  /** A fixed port, for a CRM that comes back where it was (a restart); by default any free one. */
  port?: number;
}

export interface ReferenceServer {
  url: string;
  /** Appends changes to the feed that `GET /v1/changes` pages through, as they are (a test may replay an older copy). */
  publish(...items: unknown[]): void;
  /** How many times each pushed item id was stored (each must be 1: exactly once). */
  readonly storedTimes: ReadonlyMap<string, number>;
  readonly requests: { pull: number; push: number };
  /**
   * The public half of the key pair this server signs monitoring grants with,
   * as the feed carries it. Not in the feed until a test publishes it (a
   * console without it refuses every grant as "unknown-key").
   */
  readonly supervisionKeyItem: SupervisionKeyItem;
  /** Signs grants with a new key from now on and publishes it, with the old one retired. */
  rotateSupervisionKey(): void;
  close(): Promise<void>;
}

/**
 * The CRM side of docs/SYNC.md, in memory, on 127.0.0.1 only: the contract's
 * reference for integrators and the peer of the sync tests, with injectable faults.
 */
export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const feed: unknown[] = [];
  const storedKeys = new Map<string, PushResult['status']>();
  const storedTimes = new Map<string, number>();
  const requests = { pull: 0, push: 0 };
  // The latest updatedAt the feed holds for each interaction.
  const latestInteraction = new Map<string, number>();
  // The form each scorecard_form id names: versions never change (docs/SYNC.md).
  const formVersions = new Map<string, string>();
  const sockets = new Set<Socket>();
  let previousPullAfter = 0;
  // Grants are decided on the roster this server published (its `agent` items).
  const supervision = createSupervisionAuthority();

  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };

  const readBody = async (request: IncomingMessage): Promise<unknown> => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  };

  const page = (after: number, limit: number) => {
    const items = feed.slice(after, after + limit);
    const next = after + items.length;
    return { after: after === 0 ? '' : String(after), items, next: String(next), more: next < feed.length };
  };

  const interactionUpdatedAt = (item: unknown): { id: string; updatedAt: number } | null =>
    typeof item === 'object' && item !== null && 'kind' in item && item.kind === 'interaction' && 'id' in item && typeof item.id === 'string' && 'updatedAt' in item && typeof item.updatedAt === 'number'
      ? { id: item.id, updatedAt: item.updatedAt }
      : null;
  const formVersion = (item: unknown): { id: string; body: string } | null =>
    typeof item === 'object' && item !== null && 'kind' in item && item.kind === 'scorecard_form' && 'id' in item && typeof item.id === 'string' && 'body' in item
      ? { id: item.id, body: JSON.stringify(item.body) }
      : null;
  /** docs/SYNC.md's rule for form versions, on the CRM's side: another form under a version already held is refused (two consoles saved the same number). */
  const takenVersion = (item: unknown): boolean => {
    const form = formVersion(item);
    const held = form === null ? undefined : formVersions.get(form.id);
    return form !== null && held !== undefined && held !== form.body && options.formVersionsMayChange !== true;
  };
  const remember = (item: unknown) => {
    supervision.learn(item);
    const form = formVersion(item);
    if (form !== null && !formVersions.has(form.id)) formVersions.set(form.id, form.body);
    const version = interactionUpdatedAt(item);
    if (version !== null) latestInteraction.set(version.id, Math.max(version.updatedAt, latestInteraction.get(version.id) ?? 0));
  };
  /**
   * docs/SYNC.md's rule for interactions, on the CRM's side: the later copy
   * wins. A pushed copy no later than the one held is acknowledged but changes
   * nothing; a copy without updatedAt (an older console) replaces it, as before.
   */
  const isStale = (item: unknown): boolean => {
    const version = interactionUpdatedAt(item);
    const held = version === null ? undefined : latestInteraction.get(version.id);
    return version !== null && held !== undefined && version.updatedAt <= held;
  };

  const storePush = (body: unknown): PushResult[] | null => {
    const parsed = pushRequestSchema.safeParse(body);
    if (!parsed.success) return null;
    return parsed.data.entries.map(({ key, item }) => {
      if (storedKeys.has(key)) return { key, status: 'duplicate' };
      const reason = options.refuse?.(item) ?? (takenVersion(item) ? 'this form version is already held with other questions; save the form again for the next number' : null);
      if (reason !== null) return { key, status: 'rejected', reason };
      storedKeys.set(key, 'stored');
      if (isStale(item)) return { key, status: 'stored' };
      remember(item);
      storedTimes.set(item.id, (storedTimes.get(item.id) ?? 0) + 1);
      // What the console created comes back to every console through the feed, as a CRM would publish it.
      feed.push(item);
      return { key, status: 'stored' };
    });
  };

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (options.token !== undefined && request.headers.authorization !== `Bearer ${options.token}`) {
        send(response, 401, { error: 'unauthorized' });
        return;
      }
      if (request.method === 'POST' && url.pathname === '/v1/supervision/grants') {
        const { status, body } = supervision.grant(await readBody(request));
        return send(response, status, body);
      }
      const isPull = request.method === 'GET' && url.pathname === '/v1/changes';
      const isPush = request.method === 'POST' && url.pathname === '/v1/outbox';
      if (!isPull && !isPush) {
        send(response, 404, { error: 'not found' });
        return;
      }
      const kind = isPull ? 'pull' : 'push';
      requests[kind] += 1;
      options.onRequest?.({ kind, n: requests[kind] });
      const fault = options.faults?.({ kind, n: requests[kind] }) ?? null;
      if (fault === 'drop-before') return void request.socket.destroy();
      if (fault === 'fail-before') return send(response, 500, { error: 'injected failure' });

      let answer: unknown;
      if (isPull) {
        const after = Number(url.searchParams.get('after') || '0');
        const limit = Math.min(Number(url.searchParams.get('limit') || '500'), 5_000);
        if (!Number.isInteger(after) || after < 0 || !Number.isInteger(limit) || limit < 1) return send(response, 400, { error: 'bad cursor or limit' });
        answer = page(fault === 'stale-page' ? previousPullAfter : after, limit);
        previousPullAfter = after;
      } else {
        const results = storePush(await readBody(request));
        if (results === null) return send(response, 400, { error: 'body breaks the contract' });
        answer = { results };
      }
      if (fault === 'drop-after') return void request.socket.destroy();
      if (fault === 'fail-after') return send(response, 500, { error: 'injected failure' });
      if (fault === 'hang-after') return;
      send(response, 200, answer);
    })().catch(() => send(response, 400, { error: 'unreadable request' }));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    publish: (...items) => {
      items.forEach(remember);
      feed.push(...items);
    },
    storedTimes,
    requests,
    get supervisionKeyItem() {
      return supervision.keyItem;
    },
    rotateSupervisionKey: () => feed.push(...supervision.rotate()),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
