import { useEffect, useMemo, useRef } from 'react';
import type { ConsoleActivity } from '@shared/updates/console-activity';
import { callActivity, consoleActivity } from '../../core/agent/console-activity';
import { useContract } from '../../ui/contract-context';
import { useAgentStatus, usePhoneValue } from '../phone/phone-context';

/**
 * Tells main what the console is doing whenever it changes (an update never
 * restarts it under a call); returns it too, for the page's own "restart
 * now" (which needs only the call and the state, not since when).
 */
export function useReportActivity(): ConsoleActivity {
  const contract = useContract();
  const calls = usePhoneValue(callActivity);
  const agent = useAgentStatus();
  const sent = useRef('');
  useEffect(() => {
    const activity = consoleActivity(calls, agent);
    const key = `${activity.call}/${activity.agent}/${activity.agentSince}`;
    if (key === sent.current) return;
    sent.current = key;
    void contract.call('updates.report-activity', activity).then((result) => {
      // Not delivered (main out of reach): sent again with the next change; until then main installs nothing by itself.
      if (!result.ok) sent.current = '';
    });
  }, [contract, calls, agent]);
  return useMemo(() => consoleActivity(calls, agent), [calls, agent]);
}
