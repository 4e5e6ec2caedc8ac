import { useEffect, useState } from 'react';
import { useAudioRoute } from './audio-route';

export type MicrophoneProblem = 'denied' | 'not-found' | 'failed';

export interface MicrophoneStream {
  stream: MediaStream | null;
  problem: MicrophoneProblem | null;
}

function problemOf(error: unknown): MicrophoneProblem {
  if (!(error instanceof DOMException)) return 'failed';
  if (error.name === 'NotAllowedError' || error.name === 'SecurityError') return 'denied';
  if (error.name === 'NotFoundError' || error.name === 'OverconstrainedError') return 'not-found';
  return 'failed';
}

/** The microphone opened with these constraints for as long as the component shows it (a meter, a test). */
export function useMicrophoneStream(constraints: MediaTrackConstraints): MicrophoneStream {
  const { refreshDevices } = useAudioRoute();
  const [state, setState] = useState<MicrophoneStream>({ stream: null, problem: null });
  const key = JSON.stringify(constraints);

  useEffect(() => {
    let current = true;
    let opened: MediaStream | null = null;
    navigator.mediaDevices
      .getUserMedia({ audio: JSON.parse(key) as MediaTrackConstraints, video: false })
      .then((stream) => {
        opened = stream;
        if (!current) return stream.getTracks().forEach((track) => track.stop());
        setState({ stream, problem: null });
        // Device names are visible from now on: the settings can be matched by name.
        void refreshDevices();
      })
      .catch((error: unknown) => {
        if (current) setState({ stream: null, problem: problemOf(error) });
      });
    return () => {
      current = false;
      opened?.getTracks().forEach((track) => track.stop());
    };
  }, [key, refreshDevices]);

  return state;
}
