import { describe, expect, it } from 'vitest';
import { choosableDevices, choiceOf, resolveDevice, type AudioDevice } from '../../../src/renderer/src/core/audio/device-choice';
import { microphoneConstraints } from '../../../src/renderer/src/core/audio/microphone-constraints';

const headsetMic: AudioDevice = { deviceId: 'id-jabra-in', kind: 'audioinput', label: 'Jabra Evolve2 65' };
const laptopMic: AudioDevice = { deviceId: 'id-laptop-in', kind: 'audioinput', label: 'Built-in Microphone' };
const headsetOut: AudioDevice = { deviceId: 'id-jabra-out', kind: 'audiooutput', label: 'Jabra Evolve2 65' };
const deskSpeakers: AudioDevice = { deviceId: 'id-desk', kind: 'audiooutput', label: 'Desk speakers' };
const systemDefault: AudioDevice = { deviceId: 'default', kind: 'audiooutput', label: 'Default - Desk speakers' };
const workstation = [headsetMic, laptopMic, systemDefault, headsetOut, deskSpeakers];

describe('finding the remembered audio device', () => {
  it('uses the system default when the agent chose it', () => {
    expect(resolveDevice(null, 'audiooutput', workstation)).toEqual({ status: 'default', deviceId: null });
  });

  it('finds the headset by its id', () => {
    expect(resolveDevice({ id: 'id-jabra-out', label: 'Jabra Evolve2 65' }, 'audiooutput', workstation)).toEqual({
      status: 'chosen',
      deviceId: 'id-jabra-out',
      label: 'Jabra Evolve2 65',
    });
  });

  it('finds the headset again by its name when the browser gave it a new id', () => {
    expect(resolveDevice({ id: 'id-from-last-week', label: 'Jabra Evolve2 65' }, 'audioinput', workstation)).toEqual({
      status: 'chosen',
      deviceId: 'id-jabra-in',
      label: 'Jabra Evolve2 65',
    });
  });

  it('does not take a speaker for a microphone of the same name', () => {
    const onlyOutput = [laptopMic, headsetOut];
    expect(resolveDevice({ id: 'id-jabra-in', label: 'Jabra Evolve2 65' }, 'audioinput', onlyOutput)).toMatchObject({ status: 'missing' });
  });

  it('falls back to the system default, naming the device, when the headset is unplugged', () => {
    const unplugged = [laptopMic, systemDefault, deskSpeakers];
    expect(resolveDevice({ id: 'id-jabra-out', label: 'Jabra Evolve2 65' }, 'audiooutput', unplugged)).toEqual({
      status: 'missing',
      deviceId: null,
      label: 'Jabra Evolve2 65',
    });
  });

  it('switches back when the headset is plugged in again (under a new id)', () => {
    const choice = { id: 'id-jabra-out', label: 'Jabra Evolve2 65' };
    expect(resolveDevice(choice, 'audiooutput', [deskSpeakers]).status).toBe('missing');
    expect(resolveDevice(choice, 'audiooutput', [deskSpeakers, { ...headsetOut, deviceId: 'id-jabra-out-2' }])).toMatchObject({
      status: 'chosen',
      deviceId: 'id-jabra-out-2',
    });
  });

  it('does not claim a device is missing while the browser still hides device names', () => {
    const hidden = workstation.map((device) => ({ ...device, label: '' }));
    expect(resolveDevice({ id: 'id-old', label: 'Jabra Evolve2 65' }, 'audioinput', hidden)).toEqual({ status: 'unverified', deviceId: null });
  });

  it('treats a remembered "default" alias as the system default', () => {
    expect(resolveDevice({ id: 'default', label: 'Default - Desk speakers' }, 'audiooutput', workstation).status).toBe('default');
  });

  it('offers the real devices of a kind, not the default alias', () => {
    expect(choosableDevices(workstation, 'audiooutput')).toEqual([headsetOut, deskSpeakers]);
    expect(choiceOf(headsetOut)).toEqual({ id: 'id-jabra-out', label: 'Jabra Evolve2 65' });
    expect(choiceOf(undefined)).toBeNull();
  });
});

describe('what the microphone is opened with', () => {
  const processing = { echoCancellation: true, noiseSuppression: false, autoGainControl: true };

  it('asks for exactly the chosen device, so that a missing one fails instead of opening another', () => {
    expect(microphoneConstraints({ status: 'chosen', deviceId: 'id-jabra-in', label: 'Jabra' }, processing)).toEqual({
      deviceId: { exact: 'id-jabra-in' },
      ...processing,
    });
  });

  it('leaves the device to the system when falling back', () => {
    expect(microphoneConstraints({ status: 'missing', deviceId: null, label: 'Jabra' }, processing)).toEqual(processing);
  });
});
