import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { latestRecording, startBaresip, type BaresipPhone } from '../stack/baresip';
import { startRawSipPhone, type RawSipPhone } from '../stack/raw-sip-phone';
import { writeTone } from '../stack/tone';
import { toneLevel } from '../stack/wav-level';
import { scratchDir, sleep, stack, tones, users } from './peers';

const scratch = scratchDir('raw-phone-selftest');
let baresip: BaresipPhone;
let raw: RawSipPhone;

beforeAll(async () => {
  baresip = await startBaresip(join(scratch.dir, 'baresip'), stack(), users.baresipForRawPhone, writeTone(join(scratch.dir, 'baresip.wav'), 60, tones.baresip));
  raw = await startRawSipPhone(stack(), users.rawPhone);
});

afterAll(async () => {
  await raw?.stop();
  await baresip?.stop();
  scratch.remove();
});

beforeEach(() => {
  baresip.forgetEvents();
});

describe('the raw SIP phone, called by baresip through Kamailio', () => {
  // A proxy passes no 503 upstream (RFC 3261 §16.7): Kamailio turns it into 500.
  it.each([
    [486, 486],
    [404, 404],
    [480, 480],
    [500, 500],
    [503, 500],
  ])('answers %i, and baresip is told %i', async (code, told) => {
    raw.answerWith({ kind: 'reject', code });
    await baresip.command('dial', raw.uri);
    await baresip.waitForEvent((event) => event.type === 'CALL_CLOSED' && String(event.param).includes(String(told)));
  });

  it('rings until the caller gives up, and gets the CANCEL', async () => {
    raw.answerWith({ kind: 'ring' });
    await baresip.command('dial', raw.uri);
    await baresip.waitForEvent((event) => event.type === 'CALL_RINGING');
    await baresip.command('hangup');
    await raw.waitForRequest('CANCEL');
    await baresip.waitForEvent((event) => event.type === 'CALL_CLOSED');
  });

  it('answers with a tone that baresip hears, hears baresip, holds, resumes and hangs up', async () => {
    raw.answerWith({ kind: 'accept', media: { toneHz: tones.raw } });
    await baresip.command('dial', raw.uri);
    await baresip.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
    await raw.waitForRequest('ACK');
    await sleep(1_500);
    expect(raw.rtpPacketsReceived()).toBeGreaterThan(25);

    expect(await raw.hold()).toBe(200);
    expect(raw.received().at(-1)?.method).toBe('ACK');
    expect(await raw.resume()).toBe(200);
    expect(await raw.hangUp()).toBe(200);
    await baresip.waitForEvent((event) => event.type === 'CALL_CLOSED', 3_000);
    const heard = latestRecording(baresip);
    expect(heard && toneLevel(heard, tones.raw)).toBeGreaterThan(0.05);
  });

  it('gets the BYE when baresip hangs up, and sends nothing when told the media stops', async () => {
    raw.answerWith({ kind: 'accept', media: 'none' });
    await baresip.command('dial', raw.uri);
    await baresip.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
    await sleep(1_000);
    await baresip.command('hangup');
    await raw.waitForRequest('BYE', 3_000);
    const heard = latestRecording(baresip);
    expect(heard ? toneLevel(heard, tones.raw) : 0).toBeLessThan(0.01);
  });
});
