import type { AudioDevice } from './device-choice';

export interface DeviceList {
  getSnapshot(): readonly AudioDevice[];
  subscribe(listener: () => void): () => void;
  /** Reads the list again: after the microphone was first allowed, the names become visible. */
  refresh(): Promise<void>;
}

/**
 * The audio devices connected now, kept current: a headset plugged in or
 * pulled out mid-shift fires `devicechange`, and everything that routes
 * audio re-decides from the new list.
 */
export function createDeviceList(): DeviceList {
  let devices: readonly AudioDevice[] = [];
  const listeners = new Set<() => void>();
  const refresh = async () => {
    const all = (await navigator.mediaDevices?.enumerateDevices()) ?? [];
    const next = all.filter((device) => device.kind !== 'videoinput').map(({ deviceId, kind, label }) => ({ deviceId, kind, label }));
    if (JSON.stringify(next) === JSON.stringify(devices)) return;
    devices = next;
    listeners.forEach((listener) => listener());
  };
  navigator.mediaDevices?.addEventListener('devicechange', () => void refresh());
  void refresh();
  return {
    getSnapshot: () => devices,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh,
  };
}
