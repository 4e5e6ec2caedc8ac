import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBaresip, type BaresipPhone } from '../stack/baresip';
import { callWithRawInvite, sendRawInvite, startRawInvite } from '../stack/raw-sip';
import { startRawSipPhone, type RawSipPhone } from '../stack/raw-sip-phone';
import { g729OnlySdp, malformedSdp, videoOnlySdp } from '../stack/sdp';
import { header } from '../stack/sip-message';
import { writeTone } from '../stack/tone';
import { scratchDir, stack, tones, users } from './peers';

const scratch = scratchDir('raw-invite-selftest');
let baresip: BaresipPhone;
let raw: RawSipPhone;

beforeAll(async () => {
  baresip = await startBaresip(join(scratch.dir, 'baresip'), stack(), users.baresipForRawInvites, writeTone(join(scratch.dir, 'baresip.wav'), 60, tones.baresip));
  raw = await startRawSipPhone(stack(), users.rawPhoneForRawInvites);
});

afterAll(async () => {
  await raw?.stop();
  await baresip?.stop();
  scratch.remove();
});

const to = (user: { username: string }) => ({ port: stack().udpPort, domain: stack().domain, to: user.username });

describe('raw INVITEs through Kamailio', () => {
  it('resolve with the final code, ACKed, whatever the caller number and Call-ID hold', async () => {
    raw.answerWith({ kind: 'reject', code: 486 });
    const fromUser = '\u202E1234567\u202C';
    const callId = `${'x'.repeat(2_000)}@outside.invalid`;
    expect(await callWithRawInvite({ ...to(users.rawPhoneForRawInvites), fromUser, callId })).toBe(486);
    const invite = await raw.waitForRequest('INVITE');
    expect(header(invite, 'from')).toContain(fromUser);
    expect(header(invite, 'call-id')).toBe(callId);
  });

  it('answered with 200: ACK and BYE reach the callee', async () => {
    raw.answerWith({ kind: 'accept', media: 'none' });
    expect(await callWithRawInvite(to(users.rawPhoneForRawInvites))).toBe(200);
    await raw.waitForRequest('ACK');
    await raw.waitForRequest('BYE');
  });

  it('cancels a call nobody answers, which ends 487', async () => {
    raw.answerWith({ kind: 'ring' });
    expect(await callWithRawInvite({ ...to(users.rawPhoneForRawInvites), cancelAfterMs: 500 })).toBe(487);
    await raw.waitForRequest('CANCEL');
  });

  it('cancels on demand, and the first answer comes before the final one', async () => {
    raw.answerWith({ kind: 'ring' });
    const invite = startRawInvite(to(users.rawPhoneForRawInvites));
    expect(await invite.firstAnswer).toMatch(/^SIP\/2\.0 1\d\d/);
    invite.cancel();
    expect(await invite.final).toBe(487);
    expect(await sendRawInvite({ ...to(users.rawPhoneForRawInvites), cancelAfterMs: 500 })).toMatch(/^SIP\/2\.0 1\d\d/);
  });

  it.each([
    ['G.729 only', g729OnlySdp],
    ['video only', videoOnlySdp],
    ['malformed', malformedSdp],
  ])('carry an offer baresip refuses (%s)', async (_name, sdp) => {
    const code = await callWithRawInvite({ ...to(users.baresipForRawInvites), sdp });
    expect(code).toBeGreaterThanOrEqual(400);
  });
});
