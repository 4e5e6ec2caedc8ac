import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { latestRecording, startBaresip, type BaresipPhone } from '../stack/baresip';
import { startLinphone, type LinphonePhone } from '../stack/linphone';
import { writeTone } from '../stack/tone';
import { toneLevel } from '../stack/wav-level';
import { scratchDir, sleep, stack, tones, users } from './peers';

const scratch = scratchDir('linphone-selftest');
let baresip: BaresipPhone;
let linphone: LinphonePhone;

beforeAll(async () => {
  baresip = await startBaresip(join(scratch.dir, 'baresip'), stack(), users.baresipForLinphone, writeTone(join(scratch.dir, 'baresip.wav'), 60, tones.baresip));
  linphone = await startLinphone(join(scratch.dir, 'linphone'), stack(), users.linphone, writeTone(join(scratch.dir, 'linphone.wav'), 60, tones.linphone));
});

afterAll(async () => {
  await linphone?.stop();
  await baresip?.stop();
  scratch.remove();
});

beforeEach(() => {
  baresip.forgetEvents();
  linphone.forgetEvents();
});

// linphone registers with +sip.instance and gets a GRUU, which it uses as its Contact: these
// pass only while Kamailio routes in-dialog requests to that GRUU (tests/stack/kamailio.cfg).
describe('linphone through Kamailio', () => {
  it('is called by baresip: audio both ways, the ACK arrives, and the caller hanging up ends it at once', async () => {
    await baresip.command('dial', linphone.uri);
    const incoming = await linphone.waitForCall((event) => event.state === 'incoming');
    await linphone.answer(incoming.callId);
    await baresip.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
    await linphone.waitForCall((event) => event.callId === incoming.callId && event.state === 'streams-running');
    await sleep(2_000);
    expect(linphone.receivedRequests().some((line) => line.startsWith('ACK '))).toBe(true);

    await baresip.command('hangup');
    await linphone.waitForCall((event) => event.callId === incoming.callId && event.state === 'ended', 3_000);
    expect(linphone.callState(incoming.callId)).toBe('ended');

    expect(toneLevel(linphone.heard(incoming.callId), tones.baresip)).toBeGreaterThan(0.05);
    const heardByBaresip = latestRecording(baresip);
    expect(heardByBaresip && toneLevel(heardByBaresip, tones.linphone)).toBeGreaterThan(0.05);
  });

  it('calls baresip, holds and resumes, and its hang-up reaches baresip at once', async () => {
    const callId = await linphone.call(baresip.uri);
    await baresip.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
    await linphone.waitForCall((event) => event.callId === callId && event.state === 'streams-running');

    await linphone.hold();
    await linphone.waitForCall((event) => event.callId === callId && event.state === 'paused');
    await linphone.resume(callId);
    await linphone.waitForCall((event) => event.callId === callId && event.state === 'streams-running');
    await sleep(1_500);

    await linphone.hangUp(callId);
    await baresip.waitForEvent((event) => event.type === 'CALL_CLOSED', 3_000);
    await linphone.waitForCall((event) => event.callId === callId && event.state === 'ended');
    // What it heard after the resume: baresip's tone.
    expect(toneLevel(linphone.heard(callId), tones.baresip)).toBeGreaterThan(0.05);
  });
});
