import { createHash, randomBytes } from 'node:crypto';
import { createServer, request, type IncomingMessage, type RequestOptions } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ElectronHttpExecutor } from 'electron-updater/out/electronHttpExecutor';

/** The installer a release publishes, and what its feed says about it. */
export interface Release {
  version: string;
  file: string;
  bytes: Buffer;
  /** What latest-linux.yml claims; the real digest unless a test wants a broken release. */
  sha512: string;
  stagingPercentage?: number;
}

export function release(version: string, options: { brokenChecksum?: boolean; stagingPercentage?: number } = {}): Release {
  const bytes = randomBytes(64 * 1024);
  const real = createHash('sha512').update(bytes).digest('base64');
  const other = createHash('sha512').update('not the installer').digest('base64');
  return { version, file: `parley_${version}_amd64.deb`, bytes, sha512: options.brokenChecksum ? other : real, stagingPercentage: options.stagingPercentage };
}

/** latest-linux.yml exactly as electron-builder writes it for a deb. */
export function channelFile(r: Release): string {
  return [
    `version: ${r.version}`,
    'files:',
    `  - url: ${r.file}`,
    `    sha512: ${r.sha512}`,
    `    size: ${r.bytes.length}`,
    `path: ${r.file}`,
    `sha512: ${r.sha512}`,
    "releaseDate: '2026-11-26T08:00:00.000Z'",
    ...(r.stagingPercentage === undefined ? [] : [`stagingPercentage: ${r.stagingPercentage}`]),
    '',
  ].join('\n');
}

export interface FeedServer {
  url: string;
  /** Paths asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** IT's generic feed on 127.0.0.1: every channel file (latest-linux.yml, -arm64…) answers the same release. */
export async function serveFeed(r: Release): Promise<FeedServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    if (path.endsWith('.yml')) res.writeHead(200, { 'Content-Type': 'text/yaml' }).end(channelFile(r));
    else if (path === `/${r.file}`) res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': r.bytes.length }).end(r.bytes);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The app's own HTTP client (its download and sha512 verification), with
 * Node's http in place of Electron's net module for the one request it makes;
 * never through a proxy: the feed is on loopback.
 */
export class LoopbackHttpExecutor extends ElectronHttpExecutor {
  constructor() {
    super(() => {});
  }

  override createRequest(options: RequestOptions, callback: (response: IncomingMessage) => void): ReturnType<ElectronHttpExecutor['createRequest']> {
    // Node's request where Electron's is typed: the base class only calls on/end/abort on it.
    return request(options, callback) as unknown as ReturnType<ElectronHttpExecutor['createRequest']>;
  }
}
