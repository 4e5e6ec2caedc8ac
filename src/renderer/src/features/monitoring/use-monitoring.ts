import { useCallback } from 'react';
import { expandMonitoringDial, monitoringDialSettings } from '@shared/domain/monitoring-dial';
import type { RosterAgent } from '@shared/domain/roster';
import type { SupervisionMode } from '@shared/domain/supervision';
import { useContract } from '../../ui/contract-context';
import { useRoster } from '../../ui/use-roster';
import { useSettings } from '../../ui/use-settings';
import { useSoftphone } from '../phone/phone-context';

export interface MonitoringActions {
  /** Listen to, whisper to or join `agent`'s call. */
  start(agent: RosterAgent, mode: SupervisionMode): Promise<void>;
  setMode(mode: SupervisionMode): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The supervisor's side: a grant from the CRM, then a call to the agent's
 * console carrying it. Where the site's PBX monitors natively (a dial string
 * is set for the mode), that string is dialled instead, as an ordinary call.
 */
export function useMonitoring(): MonitoringActions {
  const contract = useContract();
  const softphone = useSoftphone();
  const roster = useRoster();
  const { settings } = useSettings();
  const supervisorId = roster.status === 'ready' ? (roster.value.me?.id ?? null) : null;

  const start = useCallback(
    async (agent: RosterAgent, mode: SupervisionMode) => {
      const dialString = settings?.[monitoringDialSettings[mode]] ?? '';
      if (dialString !== '') return softphone.dial(expandMonitoringDial(dialString, agent.sipAddress));
      const asked = { agentId: agent.id, agentName: agent.displayName, mode };
      const granted = await contract.call('supervision.grant.request', { agentId: agent.id, mode });
      if (!granted.ok) return softphone.showMonitoringFailure(asked, { reason: 'grant-not-issued', detail: grantRefusalDetail(granted.error) });
      await softphone.monitor(granted.value.agentSipAddress, { ...asked, mode: granted.value.mode, grant: granted.value.grant, supervisorId: supervisorId ?? '' });
    },
    [contract, softphone, settings, supervisorId],
  );
  const setMode = useCallback((mode: SupervisionMode) => softphone.setMonitoringMode(mode), [softphone]);
  const stop = useCallback(() => softphone.stopMonitoring(), [softphone]);
  return { start, setMode, stop };
}

/** The refusal's own reason when the CRM gave one, else its code. */
function grantRefusalDetail(error: { code: string; [detail: string]: unknown }): string {
  return typeof error.reason === 'string' ? error.reason : error.code;
}
