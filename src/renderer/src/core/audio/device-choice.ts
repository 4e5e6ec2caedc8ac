import type { AudioDeviceChoice } from '@shared/domain/settings';

/** What the console needs of a `MediaDeviceInfo`; plain data, so the choice logic runs anywhere. */
export interface AudioDevice {
  deviceId: string;
  kind: MediaDeviceKind;
  label: string;
}

export type AudioDeviceKind = 'audioinput' | 'audiooutput';

/** Where audio goes (or comes from) now, and whether that is what the agent chose. */
export type ResolvedDevice =
  /** The agent chose the system default. */
  | { status: 'default'; deviceId: null }
  /** The chosen device is here (found by its id, or by its name when the id changed). */
  | { status: 'chosen'; deviceId: string; label: string }
  /** The chosen device is not connected: the system default is used, and the agent is told. */
  | { status: 'missing'; deviceId: null; label: string }
  /** Device names are hidden until the microphone is allowed: the default is used until they can be checked. */
  | { status: 'unverified'; deviceId: null };

/**
 * Chromium lists the system default and the communications device again
 * under these ids; they follow the OS and are offered as "system default".
 */
const systemAliases = new Set(['default', 'communications']);

/** The real devices of one kind the agent can pick. */
export function choosableDevices(devices: readonly AudioDevice[], kind: AudioDeviceKind): AudioDevice[] {
  return devices.filter((device) => device.kind === kind && device.deviceId !== '' && !systemAliases.has(device.deviceId));
}

/** Finds the remembered device among the connected ones: by id first, then by its name. */
export function resolveDevice(choice: AudioDeviceChoice, kind: AudioDeviceKind, devices: readonly AudioDevice[]): ResolvedDevice {
  if (!choice || systemAliases.has(choice.id)) return { status: 'default', deviceId: null };
  const candidates = choosableDevices(devices, kind);
  const byId = candidates.find((device) => device.deviceId === choice.id);
  if (byId) return { status: 'chosen', deviceId: byId.deviceId, label: byId.label || choice.label };
  if (devices.some((device) => device.kind === kind) && candidates.every((device) => device.label === '')) return { status: 'unverified', deviceId: null };
  const byLabel = choice.label === '' ? undefined : candidates.find((device) => device.label === choice.label);
  if (byLabel) return { status: 'chosen', deviceId: byLabel.deviceId, label: byLabel.label };
  return { status: 'missing', deviceId: null, label: choice.label };
}

/** How a device is remembered in the settings; the system default is `null`. */
export function choiceOf(device: AudioDevice | undefined): AudioDeviceChoice {
  return device ? { id: device.deviceId, label: device.label } : null;
}
