import { describe, expect, it } from 'vitest';
import { appEntryUrl, isAppUrl, isPermissionAllowed, isSafeExternalUrl } from '../../../src/main/security/app-origin';

describe('what the Electron window may navigate to', () => {
  it('stays on the app itself', () => {
    expect(isAppUrl(appEntryUrl)).toBe(true);
    expect(isAppUrl('app://parley/index.html#customer/7')).toBe(true);
  });

  it.each([
    'app://parley.evil/index.html',
    'app://parley@evil.example/',
    'app://user:pass@parley/index.html',
    'app://evil/parley/index.html',
    'https://parley/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('links handed to the operating system', () => {
  it.each(['https://example.com/help', 'http://intranet.local/kb/42', 'mailto:support@example.com'])('opens %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'smb://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:password@example.com/',
    'data:text/html,hi',
    'app://parley/index.html',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('permissions', () => {
  it('grants the microphone to the app', () => {
    expect(isPermissionAllowed({ permission: 'media', requestingUrl: appEntryUrl, mediaTypes: ['audio'] })).toBe(true);
  });

  it.each([
    { permission: 'media', requestingUrl: appEntryUrl, mediaTypes: ['video'] },
    { permission: 'media', requestingUrl: appEntryUrl, mediaTypes: ['audio', 'video'] },
    { permission: 'media', requestingUrl: 'https://evil.example/', mediaTypes: ['audio'] },
    { permission: 'geolocation', requestingUrl: appEntryUrl },
    { permission: 'notifications', requestingUrl: 'https://evil.example/' },
    { permission: 'clipboard-read', requestingUrl: appEntryUrl },
    { permission: 'openExternal', requestingUrl: appEntryUrl },
  ])('refuses $permission for $requestingUrl ($mediaTypes)', (request) => {
    expect(isPermissionAllowed(request)).toBe(false);
  });
});
