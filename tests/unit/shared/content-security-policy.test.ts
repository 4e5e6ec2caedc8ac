import { describe, expect, it } from 'vitest';
import { connectOrigins, contentSecurityPolicy, contentSecurityPolicyHeader } from '@shared/security/content-security-policy';

const connectSrc = (policy: string) => policy.split('; ').find((directive) => directive.startsWith('connect-src'));

describe("the page's Content-Security-Policy", () => {
  it('lets the page connect only to itself, the SIP server and the CRM that are configured', () => {
    expect(connectSrc(contentSecurityPolicyHeader(['wss://sip.example.com:7443/ws', 'https://crm.example.com/parley']))).toBe(
      "connect-src 'self' wss://sip.example.com:7443 https://crm.example.com",
    );
    expect(connectSrc(contentSecurityPolicyHeader(['', '']))).toBe("connect-src 'self'");
  });

  it('adds nothing for an address that is not a server URL, and each origin once', () => {
    expect(connectOrigins(['javascript:alert(1)', 'not a url', 'file:///etc/passwd'])).toEqual([]);
    // A source smuggled into the path is no source: only the origin is taken.
    expect(connectOrigins(["wss://a.example/x 'unsafe-inline' *"])).toEqual(['wss://a.example']);
    expect(connectOrigins(['ws://127.0.0.1:5060/ws', 'ws://127.0.0.1:5060/other'])).toEqual(['ws://127.0.0.1:5060']);
  });

  it('keeps the rest strict, and forbids framing in the header', () => {
    const header = contentSecurityPolicyHeader([]);
    expect(header).toContain("script-src 'self'");
    expect(header).toContain("frame-ancestors 'none'");
    // The build-time policy cannot know the servers; the header narrows it.
    expect(connectSrc(contentSecurityPolicy)).toBe("connect-src 'self' ws: wss: https: http://127.0.0.1:* http://localhost:*");
  });
});
