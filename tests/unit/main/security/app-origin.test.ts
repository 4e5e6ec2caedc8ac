import { describe, expect, it } from 'vitest';
import {
  appEntryUrl,
  appOrigin,
  isAppUrl,
  isSafeExternalUrl,
} from '../../../../src/main/security/app-origin';

describe('what the Electron window may navigate to', () => {
  it.each([appEntryUrl, `${appOrigin}/`, `${appOrigin}/index.html#customer/7`, `${appOrigin}/index.html?dial=%2B4930123`])(
    'stays on the app itself: %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
    },
  );

  it.each([
    ['a look-alike host', 'app://parley.evil/index.html'],
    ['a host with the app as its user name', 'app://parley@evil.example/'],
    ['credentials on the app host', 'app://user:pass@parley/index.html'],
    ['the app as a path on another host', 'app://evil/parley/index.html'],
    ['a port on the app host', 'app://parley:8080/index.html'],
    ['no host at all', 'app:parley/index.html'],
    ['the app host over https', 'https://parley/index.html'],
    ['a local file', 'file:///etc/passwd'],
    ['script', 'javascript:alert(1)'],
    ['script in capitals', 'JAVASCRIPT:alert(1)'],
    ['an inline document', 'data:text/html,<script>alert(1)</script>'],
    ['a blob', 'blob:app://parley/0c1f6a9e-5b8b-4c43-9b7e-1d2f3a4b5c6d'],
    ['about:blank', 'about:blank'],
    ['text that is no URL', 'not a url'],
    ['nothing', ''],
  ])('refuses %s (%s)', (_case, url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('links handed to the operating system', () => {
  it.each([
    'https://example.com/help',
    'http://intranet.local/kb/42',
    'mailto:support@example.com',
    'mailto:support@example.com?subject=Order%2042&body=Hello',
  ])('opens %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['script', 'javascript:alert(1)'],
    ['script hidden behind whitespace and case', ' JavaScript:alert(1)'],
    ['a local program', 'file:///C:/Windows/System32/calc.exe'],
    ['a network share', 'smb://attacker/share'],
    ['a Windows protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['user and password in the link', 'https://user:password@example.com/'],
    ['a user name alone', 'https://user@example.com/'],
    ['a mail that attaches a local file', 'mailto:support@example.com?attach=/home/agent/.ssh/id_rsa'],
    ['a mail that attaches a file, spelt otherwise', 'mailto:support@example.com?subject=hi&Attachment=C:/secrets.txt'],
    ['an inline document', 'data:text/html,hi'],
    ['the app itself', 'app://parley/index.html'],
    ['text that is no URL', 'example.com'],
  ])('refuses %s (%s)', (_case, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('links under IT’s policy (links.allowedSchemes)', () => {
  it('opens only the schemes IT lists: web only refuses mail, a meetings app may be added', () => {
    expect(isSafeExternalUrl('mailto:support@example.com', ['https'])).toBe(false);
    expect(isSafeExternalUrl('http://intranet.local/kb/42', ['https'])).toBe(false);
    expect(isSafeExternalUrl('https://example.com/help', ['https'])).toBe(true);
    expect(isSafeExternalUrl('msteams:/l/meetup-join/19%3ameeting', ['https', 'msteams'])).toBe(true);
    expect(isSafeExternalUrl('msteams:/l/meetup-join/19%3ameeting')).toBe(false);
  });

  it('never opens code or files, even when a list names them', () => {
    expect(isSafeExternalUrl('javascript:alert(1)', ['javascript', 'https'])).toBe(false);
    expect(isSafeExternalUrl('file:///etc/passwd', ['file'])).toBe(false);
    expect(isSafeExternalUrl('https://user:password@example.com/', ['https'])).toBe(false);
  });
});

