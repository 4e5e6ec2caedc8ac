import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { UpdateStatus } from '@shared/updates/console-activity';
import { configureUpdater } from '../../../src/main/services/updates/configure-updater';
import { createUpdateController } from '../../../src/main/services/updates/update-controller';
import type { AppLogger } from '../../../src/main/services/logging/app-logger';
import { useTempDir } from '../support/temp-store';
import { release, serveFeed, type FeedServer, type Release } from './feed-server';
import { realUpdater } from './updater-app';

const tempDir = useTempDir();
const servers: FeedServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function feed(r: Release): Promise<FeedServer> {
  const server = await serveFeed(r);
  servers.push(server);
  return server;
}

const silent: AppLogger = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {}, logsDir: null };

/** The last 8 hex digits of the staging id are the seat's share of the rollout: 0x40000000 is 25 %, 0x50000000 is 31.25 %. */
const stagingId = {
  at25: '6f1c3a52-93b4-4e0c-9d4e-8a1b40000000',
  at31: '6f1c3a52-93b4-4e0c-9d4e-8a1b50000000',
  at99: '6f1c3a52-93b4-4e0c-9d4e-8a1bfe000000',
};

describe("IT's feed, through electron-updater's own updater", () => {
  it('downloads a release whose sha512 matches and tells the agent it is ready', async () => {
    const r = release('0.2.0');
    const server = await feed(r);
    const { updater } = realUpdater(tempDir());
    configureUpdater(updater, { feedUrl: server.url, channel: 'latest', idleMinutes: 15 });
    const downloaded = new Promise<string>((resolve) => updater.on('update-downloaded', (info) => resolve(info.downloadedFile)));

    const result = await updater.checkForUpdates();
    expect(result?.isUpdateAvailable).toBe(true);
    await result?.downloadPromise;
    const file = await downloaded;

    expect(readFileSync(file).equals(r.bytes)).toBe(true);
    expect(server.requests).toContain(`/${r.file}`);
  });

  it('refuses a release whose file does not match its sha512, reports it once and does not fetch it again', async () => {
    const r = release('0.2.0', { brokenChecksum: true });
    const server = await feed(r);
    const dir = tempDir();
    const { updater } = realUpdater(dir);
    const statuses: UpdateStatus[] = [];
    const errors: string[] = [];
    const log: AppLogger = { ...silent, error: (message) => errors.push(message) };
    const controller = createUpdateController({ updater, settings: { feedUrl: server.url, channel: 'latest', idleMinutes: 15 }, log, onStatus: (s) => statuses.push(s) });

    await controller.checkNow();
    expect(controller.status()).toEqual({ state: 'refused', version: '0.2.0', problem: 'checksum' });
    expect(errors).toHaveLength(1);
    const downloads = server.requests.filter((path) => path === `/${r.file}`).length;
    expect(downloads).toBe(1);

    // The next scheduled checks leave the broken release alone.
    await controller.checkNow();
    await controller.checkNow();
    expect(server.requests.filter((path) => path === `/${r.file}`)).toHaveLength(downloads);
    expect(statuses.filter((s) => s.state === 'refused')).toHaveLength(1);
    expect(controller.restartNow()).toEqual({ restarting: false, reason: 'no-update-ready' });
    // Nothing half-downloaded is left to be installed at quit.
    expect(existsSync(join(dir, 'cache', 'parley-updater', 'pending', r.file))).toBe(false);
    controller.stop();
  });

  describe('a staged rollout at 30 %', () => {
    const check = async (id: string) => {
      const server = await feed(release('0.2.0', { stagingPercentage: 30 }));
      const { updater } = realUpdater(tempDir(), { stagingId: id });
      configureUpdater(updater, { feedUrl: server.url, channel: 'latest', idleMinutes: 15 });
      updater.autoDownload = false;
      const result = await updater.checkForUpdates();
      return { available: result?.isUpdateAvailable, server };
    };

    it('takes the update on a seat whose staging id falls inside the first 30 %', async () => {
      expect((await check(stagingId.at25)).available).toBe(true);
    });

    it('leaves the seats outside it on their version, without downloading anything', async () => {
      for (const id of [stagingId.at31, stagingId.at99]) {
        const { available, server } = await check(id);
        expect(available).toBe(false);
        expect(server.requests.every((path) => path.endsWith('.yml'))).toBe(true);
      }
    });

    it("follows IT's pinned bucket instead of the random staging id", async () => {
      const server = await feed(release('0.2.0', { stagingPercentage: 30 }));
      const pinnedIn = realUpdater(tempDir(), { stagingId: stagingId.at99 }).updater;
      configureUpdater(pinnedIn, { feedUrl: server.url, channel: 'latest', idleMinutes: 15, stagingBucket: 10 });
      pinnedIn.autoDownload = false;
      expect((await pinnedIn.checkForUpdates())?.isUpdateAvailable).toBe(true);

      const pinnedOut = realUpdater(tempDir(), { stagingId: stagingId.at25 }).updater;
      configureUpdater(pinnedOut, { feedUrl: server.url, channel: 'latest', idleMinutes: 15, stagingBucket: 30 });
      pinnedOut.autoDownload = false;
      expect((await pinnedOut.checkForUpdates())?.isUpdateAvailable).toBe(false);
    });
  });

  it('restarts into a downloaded update only when the agent asks while idle', async () => {
    const server = await feed(release('0.2.0'));
    const { updater } = realUpdater(tempDir());
    const installs: [boolean, boolean][] = [];
    updater.quitAndInstall = (silent = false, forceRunAfter = false) => void installs.push([silent, forceRunAfter]);
    const controller = createUpdateController({ updater, settings: { feedUrl: server.url, channel: 'latest', idleMinutes: 15 }, log: silent, onStatus: () => {} });
    await controller.checkNow();
    expect(controller.status()).toEqual({ state: 'ready', version: '0.2.0' });

    controller.reportActivity({ call: 'in-call', agent: 'on-call', agentSince: Date.now() });
    expect(controller.restartNow()).toEqual({ restarting: false, reason: 'in-call' });
    controller.reportActivity({ call: 'wrap-up', agent: 'wrap-up', agentSince: Date.now() });
    expect(controller.restartNow()).toEqual({ restarting: false, reason: 'wrap-up' });
    expect(installs).toEqual([]);

    controller.reportActivity({ call: 'none', agent: 'ready', agentSince: Date.now() });
    expect(controller.restartNow()).toEqual({ restarting: true });
    expect(installs).toEqual([[true, true]]);
    controller.stop();
  });
});

describe('the install window, with a real downloaded update', () => {
  async function readyController(settings: { installWindow: { start: string; end: string }; idleMinutes: number }, now: Date) {
    const server = await feed(release('0.2.0'));
    const { updater } = realUpdater(tempDir());
    const installs: number[] = [];
    updater.quitAndInstall = () => void installs.push(1);
    const controller = createUpdateController({ updater, settings: { feedUrl: server.url, channel: 'latest', ...settings }, log: silent, onStatus: () => {}, now: () => now });
    await controller.checkNow();
    return { controller, installs };
  }
  const at = (hours: number) => new Date(2026, 10, 26, hours, 0);

  it('restarts an idle console inside the window, and never a console in a call', async () => {
    const now = at(23);
    const { controller, installs } = await readyController({ installWindow: { start: '22:00', end: '06:00' }, idleMinutes: 15 }, now);
    expect(controller.considerInstall()).toBe(false); // the page has not said what the console is doing
    controller.reportActivity({ call: 'in-call', agent: 'on-call', agentSince: now.getTime() - 3_600_000 });
    expect(controller.considerInstall()).toBe(false);
    controller.reportActivity({ call: 'none', agent: 'not-ready', agentSince: now.getTime() - 20 * 60_000 });
    expect(controller.considerInstall()).toBe(true);
    expect(installs).toEqual([1]);
    controller.stop();
  });

  it('waits outside the window, however idle', async () => {
    const now = at(14);
    const { controller, installs } = await readyController({ installWindow: { start: '22:00', end: '06:00' }, idleMinutes: 15 }, now);
    controller.reportActivity({ call: 'none', agent: 'ready', agentSince: now.getTime() - 5 * 3_600_000 });
    expect(controller.considerInstall()).toBe(false);
    expect(installs).toEqual([]);
    controller.stop();
  });
});

describe('a refused release and a new feed', () => {
  it('tries again when IT points the console at another feed', async () => {
    const broken = await feed(release('0.2.0', { brokenChecksum: true }));
    const fixed = await feed(release('0.2.1'));
    const { updater } = realUpdater(tempDir());
    const controller = createUpdateController({ updater, settings: { feedUrl: broken.url, channel: 'latest', idleMinutes: 15 }, log: silent, onStatus: () => {} });
    await controller.checkNow();
    expect(controller.status()).toMatchObject({ state: 'refused' });

    controller.applySettings({ feedUrl: fixed.url, channel: 'latest', idleMinutes: 15 });
    await controller.checkNow();
    expect(controller.status()).toEqual({ state: 'ready', version: '0.2.1' });
    controller.stop();
  });
});
