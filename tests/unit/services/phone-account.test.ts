import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phoneAccountSaveSchema } from '@shared/domain/phone-account';
import { getPhoneAccount, savePhoneAccount } from '../../../src/main/services/phone/phone-account-store';
import { createFileSecretStore } from '../../../src/main/services/secrets/file-secret-store';
import { useTempDir, useTempStore } from '../support/temp-store';

const account = { server: 'wss://sip.example.com:8443/ws', username: 'anna', domain: 'sip.example.com', displayName: 'Anna K.' };

describe('the phone account', () => {
  const tempStore = useTempStore();
  const tempDir = useTempDir();

  it('is kept without its password, which goes to the secret store only', () => {
    const store = tempStore();
    const secrets = createFileSecretStore(tempDir());
    expect(getPhoneAccount(store, secrets)).toBeNull();
    expect(savePhoneAccount(store, secrets, { ...account, password: 's3cret!' })).toEqual({ ...account, hasPassword: true });
    const settingsText = JSON.stringify(store.sqlite.prepare('SELECT * FROM settings').all());
    expect(settingsText).toContain('anna');
    expect(settingsText).not.toContain('s3cret!');
  });

  it('keeps the stored password when saved without one', () => {
    const store = tempStore();
    const secrets = createFileSecretStore(tempDir());
    savePhoneAccount(store, secrets, { ...account, password: 'first' });
    savePhoneAccount(store, secrets, { ...account, displayName: 'Anna Kovalenko' });
    expect(secrets.get('phone.password')).toBe('first');
    expect(getPhoneAccount(store, secrets)?.displayName).toBe('Anna Kovalenko');
  });

  it.each([
    [{ server: 'http://sip.example.com' }, 'server'],
    [{ username: 'anna smith' }, 'username'],
    [{ username: '' }, 'username'],
    [{ domain: 'sip example' }, 'domain'],
  ])('rejects %o naming the field', (change, field) => {
    const parsed = phoneAccountSaveSchema.safeParse({ ...account, ...change });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual([field]);
  });
});

describe('the browser shell secret file', () => {
  const tempDir = useTempDir();

  it('is readable by its owner only, and survives a damaged file by starting empty', () => {
    const dir = tempDir();
    const secrets = createFileSecretStore(dir);
    secrets.set('phone.password', 'p');
    expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8'))).toEqual({ 'phone.password': 'p' });
    expect(createFileSecretStore(dir).get('phone.password')).toBe('p');

    writeFileSync(join(dir, 'secrets.json'), '{not json');
    expect(createFileSecretStore(dir).get('phone.password')).toBeNull();
  });
});
