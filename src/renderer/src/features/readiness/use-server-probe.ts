import { useCallback, useEffect, useState } from 'react';
import type { ServerProbe } from '../../core/phone/server-probe';
import { usePhoneValue, useSoftphone } from '../phone/phone-context';

/** The SIP server's OPTIONS round trip, measured when the check opens, when the phone registers, and on request. */
export function useServerProbe(): { probe: ServerProbe | null; run(): void } {
  const softphone = useSoftphone();
  const registered = usePhoneValue(({ registration }) => registration.status === 'registered');
  const [probe, setProbe] = useState<ServerProbe | null>(null);
  const run = useCallback(() => {
    setProbe(null);
    void softphone.probeServer().then(setProbe);
  }, [softphone]);

  useEffect(() => {
    let current = true;
    void softphone.probeServer().then((result) => {
      if (current) setProbe(result);
    });
    return () => {
      current = false;
    };
  }, [softphone, registered]);

  return { probe, run };
}
