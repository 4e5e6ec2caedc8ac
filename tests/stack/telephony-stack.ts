import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { freeTcpPort, freeUdpPort, startProcess, udpExchange, waitUntil, type RunningProcess } from './processes';

export const sipDomain = '127.0.0.1';

export interface SipUser {
  username: string;
  password: string;
  /** The name its phone gives callees (the From display name); the registrar ignores it. */
  displayName?: string;
}

export interface TelephonyStack {
  domain: string;
  /** SIP over WebSocket, for the console. */
  webSocketUrl: string;
  /** SIP over secure WebSocket (TLS, with a self-signed certificate for 127.0.0.1 made for this run). */
  secureWebSocketUrl: string;
  /** SIP over UDP, for baresip and raw test messages. */
  udpPort: number;
  restartKamailio(): Promise<void>;
  /** Kamailio hangs (SIGSTOP to it and its workers): its sockets stay open, nothing is answered. */
  freezeKamailio(): void;
  thawKamailio(): void;
  /** Kamailio gone for a while (an outage longer than a restart); `startKamailio` brings it back on the same ports. */
  stopKamailio(): Promise<void>;
  startKamailio(): Promise<void>;
  /** The media server hangs: calls keep their signalling, their audio stops. */
  freezeRtpengine(): void;
  thawRtpengine(): void;
  /** What Kamailio and rtpengine printed lately: for a failing test's report. */
  logs(): string;
  stop(): Promise<void>;
}

/** What the stack's Kamailio does as a presence server (the supervisors' board). */
export interface PresenceOptions {
  /** false: a server without presence support, answering PUBLISH and SUBSCRIBE with 489 Bad Event. */
  enabled?: boolean;
  /** The longest a publication or subscription may last (the server shortens longer ones): how soon a silent console is offline. */
  maxExpiresSeconds?: number;
  /** How often the server looks for expired publications. */
  cleanPeriodSeconds?: number;
}

/** Debian's schema of the presence and pua tables for SQLite (they must exist even with everything kept in memory). */
const presenceSchema = '/usr/share/kamailio/db_sqlite/presence-create.sql';

/** Kamailio's auth_db reads subscribers from this table, at the table version Kamailio 5.6 expects. */
function writeSubscribers(file: string, users: readonly SipUser[], presence: boolean): void {
  const db = new Database(file);
  db.exec(`
    CREATE TABLE version (table_name VARCHAR(32) NOT NULL PRIMARY KEY, table_version INTEGER NOT NULL DEFAULT 0);
    INSERT INTO version VALUES ('subscriber', 7);
    CREATE TABLE subscriber (
      id INTEGER PRIMARY KEY, username VARCHAR(64) NOT NULL DEFAULT '', domain VARCHAR(64) NOT NULL DEFAULT '',
      password VARCHAR(64) NOT NULL DEFAULT '', ha1 VARCHAR(128) NOT NULL DEFAULT '', ha1b VARCHAR(128) NOT NULL DEFAULT ''
    );`);
  const insert = db.prepare('INSERT INTO subscriber (username, domain, password) VALUES (?, ?, ?)');
  for (const user of users) insert.run(user.username, sipDomain, user.password);
  if (presence) db.exec(readFileSync(presenceSchema, 'utf8'));
  db.close();
}

/** A throwaway certificate for 127.0.0.1 and Kamailio's TLS profile using it. */
function writeTlsConfig(dir: string): string {
  const key = join(dir, 'tls-key.pem');
  const certificate = join(dir, 'tls-cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', certificate,
  ], { stdio: 'ignore' });
  const config = join(dir, 'tls.cfg');
  writeFileSync(config, ['[server:default]', 'method = TLSv1.2+', 'verify_certificate = no', 'require_certificate = no', `private_key = ${key}`, `certificate = ${certificate}`, ''].join('\n'));
  return config;
}

function sipOptions(port: number): string {
  const branch = `z9hG4bK${randomBytes(6).toString('hex')}`;
  return [
    `OPTIONS sip:${sipDomain}:${port} SIP/2.0`,
    `Via: SIP/2.0/UDP 127.0.0.1:9;branch=${branch};rport`,
    'Max-Forwards: 70',
    `From: <sip:probe@${sipDomain}>;tag=${branch}`,
    `To: <sip:${sipDomain}>`,
    `Call-ID: ${branch}@probe`,
    'CSeq: 1 OPTIONS',
    'Content-Length: 0',
    '',
    '',
  ].join('\r\n');
}

/**
 * Starts Kamailio (registrar, proxy, WebSocket) and rtpengine (userspace,
 * WebRTC ↔ RTP) on 127.0.0.1, with these users, in `dir`.
 */
export async function startTelephonyStack(
  dir: string,
  users: readonly SipUser[],
  /** Queue name → the SIP user its calls go to. */
  queues: Readonly<Record<string, string>> = {},
  /** How long a call may ring before the proxy answers 408 (no answer). */
  ringTimeoutSeconds = 60,
  { enabled: presence = true, maxExpiresSeconds = 3600, cleanPeriodSeconds = 10 }: PresenceOptions = {},
): Promise<TelephonyStack> {
  mkdirSync(dir, { recursive: true });
  const [udpPort, webSocketPort, secureWebSocketPort, ngPort] = await Promise.all([freeUdpPort(), freeTcpPort(), freeTcpPort(), freeUdpPort()]);
  const tlsConfig = writeTlsConfig(dir);
  const authDb = join(dir, 'subscribers.sqlite');
  writeSubscribers(authDb, users, presence);

  const template = readFileSync(join(import.meta.dirname, 'kamailio.cfg'), 'utf8');
  const values: Record<string, string> = {
    UDP_PORT: String(udpPort),
    WS_PORT: String(webSocketPort),
    WSS_PORT: String(secureWebSocketPort),
    TLS_CONFIG: tlsConfig,
    NG_PORT: String(ngPort),
    AUTH_DB: authDb,
    SIP_DOMAIN: sipDomain,
    RING_TIMEOUT_MS: String(ringTimeoutSeconds * 1_000),
    PRESENCE_MAX_EXPIRES: String(maxExpiresSeconds),
    PRESENCE_CLEAN_PERIOD: String(cleanPeriodSeconds),
    QUEUE_ROUTES: Object.entries(queues)
      .map(([queue, user]) => `\tif ($rU == "${queue}") {\n\t\t$rU = "${user}";\n\t}`)
      .join('\n'),
  };
  const config = join(dir, 'kamailio.cfg');
  writeFileSync(config, template.replace(/\$\{(\w+)\}/g, (_, name: string) => values[name] ?? `\${${name}}`));

  // A random slice of the port space, so that parallel runs do not collide, and below Linux's
  // ephemeral range (32768+), where the other servers' free ports are picked.
  const rtpPortMin = 20_000 + 2 * Math.floor(Math.random() * 5_000);
  const rtpengine = startProcess(
    'rtpengine',
    'rtpengine',
    [
      '--config-file=none',
      '--foreground',
      '--log-stderr',
      '--table=-1',
      '--interface=127.0.0.1',
      `--listen-ng=127.0.0.1:${ngPort}`,
      `--port-min=${rtpPortMin}`,
      `--port-max=${rtpPortMin + 2_000}`,
      // A finished call's ports are freed at once (default: 30 s later): a soak of
      // hundreds of calls in a row would otherwise run out of ports, not the console.
      '--delete-delay=0',
      `--pidfile=${join(dir, 'rtpengine.pid')}`,
    ],
    dir,
  );
  try {
    await waitUntil('rtpengine', async () => (await udpExchange(ngPort, 'probe d7:command4:pinge'))?.includes('pong') ?? false, 10_000, rtpengine);
  } catch (error) {
    await rtpengine.stop();
    throw error;
  }

  const startKamailio = async () => {
    const defines = presence ? [] : ['-A', 'WITHOUT_PRESENCE'];
    const started = startProcess('kamailio', 'kamailio', ['-DD', '-E', ...defines, '-f', config, '-Y', dir, '-P', join(dir, 'kamailio.pid')], dir);
    try {
      await waitUntil('Kamailio', async () => (await udpExchange(udpPort, sipOptions(udpPort)))?.startsWith('SIP/2.0 200') ?? false, 10_000, started);
    } catch (error) {
      await started.stop();
      throw error;
    }
    return started;
  };
  let kamailio: RunningProcess;
  try {
    kamailio = await startKamailio();
  } catch (error) {
    await rtpengine.stop();
    throw error;
  }

  return {
    domain: sipDomain,
    webSocketUrl: `ws://127.0.0.1:${webSocketPort}`,
    secureWebSocketUrl: `wss://127.0.0.1:${secureWebSocketPort}`,
    udpPort,
    restartKamailio: async () => {
      await kamailio.stop();
      kamailio = await startKamailio();
    },
    freezeKamailio: () => kamailio.freeze(),
    thawKamailio: () => kamailio.thaw(),
    stopKamailio: () => kamailio.stop(),
    startKamailio: async () => {
      kamailio = await startKamailio();
    },
    freezeRtpengine: () => rtpengine.freeze(),
    thawRtpengine: () => rtpengine.thaw(),
    logs: () => `--- kamailio ---\n${kamailio.output()}\n--- rtpengine ---\n${rtpengine.output()}`,
    stop: async () => {
      await kamailio.stop();
      await rtpengine.stop();
    },
  };
}
