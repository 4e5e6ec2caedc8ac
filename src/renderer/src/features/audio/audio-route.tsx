import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { defaultSettings, type Settings } from '@shared/domain/settings';
import { createAutoplayGate } from '../../core/audio/autoplay-gate';
import { resolveDevice, type AudioDevice, type ResolvedDevice } from '../../core/audio/device-choice';
import { createDeviceList } from '../../core/audio/device-list';
import { microphoneConstraints } from '../../core/audio/microphone-constraints';
import { usePhoneAudio } from '../phone/phone-context';

/** Where the console's audio goes now: decided from the settings and the devices connected at this moment. */
export interface AudioRoute {
  settings: Settings;
  devices: readonly AudioDevice[];
  microphone: ResolvedDevice;
  speaker: ResolvedDevice;
  ring: ResolvedDevice;
  /** What calls (and the readiness check) open the microphone with. */
  microphoneConstraints: MediaTrackConstraints;
  /** Reads the device list again: device names become visible once the microphone was allowed. */
  refreshDevices(): Promise<void>;
  /** False while the browser refuses sound until the agent clicks. */
  autoplayAllowed: boolean;
  reportAutoplayBlocked(): void;
}

const AudioRouteContext = createContext<AudioRoute | null>(null);

/**
 * Applies the audio settings and keeps applying them as devices come and go:
 * the phone's microphone and the remote party's speaker follow at once, even
 * mid-call; a missing device falls back to the system default and comes
 * back by itself when it is plugged in again.
 */
export function AudioRouteProvider({ settings, children }: { settings: Settings | null; children: ReactNode }) {
  const { microphone, remoteAudio } = usePhoneAudio();
  const [deviceList] = useState(createDeviceList);
  const [autoplayGate] = useState(createAutoplayGate);
  const devices = useSyncExternalStore(deviceList.subscribe, deviceList.getSnapshot);
  const autoplayAllowed = useSyncExternalStore(autoplayGate.subscribe, autoplayGate.getSnapshot);
  const current = settings ?? defaultSettings;

  const route = useMemo<AudioRoute>(() => {
    const resolvedMicrophone = resolveDevice(current.microphone, 'audioinput', devices);
    return {
      settings: current,
      devices,
      microphone: resolvedMicrophone,
      speaker: resolveDevice(current.speaker, 'audiooutput', devices),
      ring: resolveDevice(current.ringDevice, 'audiooutput', devices),
      microphoneConstraints: microphoneConstraints(resolvedMicrophone, current),
      refreshDevices: deviceList.refresh,
      autoplayAllowed,
      reportAutoplayBlocked: autoplayGate.reportBlocked,
    };
  }, [current, devices, deviceList, autoplayAllowed, autoplayGate]);

  useEffect(() => {
    microphone.setConstraints(route.microphoneConstraints);
  }, [microphone, route.microphoneConstraints]);

  const speakerId = route.speaker.deviceId ?? '';
  useEffect(() => {
    void remoteAudio.setSinkId(speakerId).catch((error: unknown) => console.error(`The speaker could not be selected: ${String(error)}`));
  }, [remoteAudio, speakerId]);

  return <AudioRouteContext.Provider value={route}>{children}</AudioRouteContext.Provider>;
}

export function useAudioRoute(): AudioRoute {
  const route = useContext(AudioRouteContext);
  if (!route) throw new Error('Audio is used outside <AudioRouteProvider>');
  return route;
}
