import type { Settings } from '@shared/domain/settings';
import type { ResolvedDevice } from './device-choice';

export type MicrophoneProcessing = Pick<Settings, 'echoCancellation' | 'noiseSuppression' | 'autoGainControl'>;

/**
 * What getUserMedia is asked for. `exact` so that a missing headset fails
 * instead of quietly opening another microphone: the fallback is decided
 * here, where the agent is told about it, not by the browser.
 */
export function microphoneConstraints(device: ResolvedDevice, processing: MicrophoneProcessing): MediaTrackConstraints {
  return {
    ...(device.deviceId === null ? {} : { deviceId: { exact: device.deviceId } }),
    echoCancellation: processing.echoCancellation,
    noiseSuppression: processing.noiseSuppression,
    autoGainControl: processing.autoGainControl,
  };
}
