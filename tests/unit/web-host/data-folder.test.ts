import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startAppCore } from '../../../src/main/app-core';
import { createFileSecretStore } from '../../../src/main/services/secrets/file-secret-store';
import { rememberedPort, rememberPort } from '../../../src/main/web-host/host-port';
import { hostTokenFileName, loadHostToken } from '../../../src/main/web-host/host-token';
import { useTempDir } from '../support/temp-store';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe("the browser shell's data folder", () => {
  const tempDir = useTempDir();

  it('is readable by this OS user only: folder 0700, database and secrets 0600', async () => {
    const dataDir = join(tempDir(), 'data');
    const core = startAppCore({ dataDir, shell: 'web', version: 'test', demoData: false, createSecretStore: createFileSecretStore });
    try {
      await core.dispatch('phone.account.save', { server: 'wss://sip.example.com/ws', username: 'anna', domain: 'example.com', displayName: '', password: 'p' });
      expect(modeOf(dataDir)).toBe(0o700);
      for (const file of ['parley.sqlite', 'parley.sqlite-wal', 'secrets.json']) expect(modeOf(join(dataDir, file)), file).toBe(0o600);
    } finally {
      core.close();
    }
  });

  it('tightens files an older version left readable', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'secrets.json'), '{}', { mode: 0o644 });
    startAppCore({ dataDir, shell: 'web', version: 'test', demoData: false, createSecretStore: createFileSecretStore }).close();
    expect(modeOf(join(dataDir, 'secrets.json'))).toBe(0o600);
    expect(modeOf(join(dataDir, 'parley.sqlite'))).toBe(0o600);
  });

  it('keeps one access token across restarts (0600), until it is rotated', () => {
    const dataDir = tempDir();
    const token = loadHostToken(dataDir, { rotate: false });
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect(modeOf(join(dataDir, hostTokenFileName))).toBe(0o600);
    expect(loadHostToken(dataDir, { rotate: false })).toBe(token);

    const rotated = loadHostToken(dataDir, { rotate: true });
    expect(rotated).not.toBe(token);
    expect(readFileSync(join(dataDir, hostTokenFileName), 'utf8').trim()).toBe(rotated);
    expect(loadHostToken(dataDir, { rotate: false })).toBe(rotated);
  });

  it('makes a new token when the kept one is damaged', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, hostTokenFileName), 'short');
    expect(loadHostToken(dataDir, { rotate: false })).not.toBe('short');
  });

  it('remembers the port for the next start, and ignores a damaged note of it', () => {
    const dataDir = tempDir();
    expect(rememberedPort(dataDir)).toBe(0);
    rememberPort(dataDir, 41873);
    expect(rememberedPort(dataDir)).toBe(41873);
    writeFileSync(join(dataDir, 'web-port'), '99999');
    expect(rememberedPort(dataDir)).toBe(0);
  });
});
