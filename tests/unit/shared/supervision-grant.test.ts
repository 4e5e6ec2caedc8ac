import { describe, expect, it } from 'vitest';
import { grantMaxLifetimeMs, grantSigningInput, grantToken, modeAllowed, parseGrant, type GrantPayload } from '@shared/domain/supervision';

const payload: GrantPayload = {
  v: 1,
  kid: 'key-1',
  supervisorId: 'person-olena',
  supervisorSip: 'olena@example.com',
  agentId: 'person-anna',
  agentSip: '1001@example.com',
  maxMode: 'whisper',
  issuedAt: 1_000_000,
  expiresAt: 1_030_000,
  nonce: 'AAECAwQFBgcICQoLDA0ODw',
};
const signature = new Uint8Array(64).fill(7);

describe('a grant token', () => {
  it('is base64url(payload).base64url(signature), and reads back to the same payload and the bytes signed', () => {
    const signingInput = grantSigningInput(payload);
    const token = grantToken(signingInput, signature);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(parseGrant(token)).toEqual({ payload, signed: new TextEncoder().encode(signingInput), signature });
  });

  it.each([
    ['no signature part', grantSigningInput(payload)],
    ['three parts', `${grantToken(grantSigningInput(payload), signature)}.more`],
    ['not base64url', `${grantSigningInput(payload)}.sig+nature/`],
    ['not JSON', grantToken(btoa('hello').replaceAll('=', ''), signature)],
    [`a lifetime over ${grantMaxLifetimeMs} ms`, grantToken(grantSigningInput({ ...payload, expiresAt: payload.issuedAt + grantMaxLifetimeMs + 1 }), signature)],
    ['an expiry before its issue', grantToken(grantSigningInput({ ...payload, expiresAt: payload.issuedAt - 1 }), signature)],
    ['a nonce under 128 bits', grantToken(grantSigningInput({ ...payload, nonce: 'AAECAwQFBgcICQ' }), signature)],
    ['an unknown mode', grantToken(grantSigningInput({ ...payload, maxMode: 'record' as GrantPayload['maxMode'] }), signature)],
  ])('with %s is not a grant', (_what, token) => {
    expect(parseGrant(token)).toBeNull();
  });

  it('a mode ceiling allows itself and the modes before it: listen < whisper < barge', () => {
    expect(modeAllowed('listen', 'whisper')).toBe(true);
    expect(modeAllowed('whisper', 'whisper')).toBe(true);
    expect(modeAllowed('barge', 'whisper')).toBe(false);
    expect(modeAllowed('barge', 'barge')).toBe(true);
  });
});
