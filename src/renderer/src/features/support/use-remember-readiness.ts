import { useEffect } from 'react';
import { readinessReport, rememberReadiness, type ReadinessSeen } from './readiness-report';

/** Keeps what the readiness check shows now, for the support bundle. */
export function useRememberReadiness({ heardSpeech, speakerHeard, registration, probe }: ReadinessSeen): void {
  useEffect(() => {
    rememberReadiness(readinessReport({ heardSpeech, speakerHeard, registration, probe }, Date.now()));
  }, [heardSpeech, speakerHeard, registration, probe]);
}
