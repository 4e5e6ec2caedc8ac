import { useCallback, useState } from 'react';
import type { ContractError } from '@shared/contract/error';
import { expandMonitoringDial, monitoringDialSettings } from '@shared/domain/monitoring-dial';
import type { RosterAgent } from '@shared/domain/roster';
import type { SupervisionMode } from '@shared/domain/supervision';
import { useContract } from '../../ui/contract-context';
import { useRoster } from '../../ui/use-roster';
import { useSettings } from '../../ui/use-settings';
import { useSoftphone } from '../phone/phone-context';

/** The mode whose grant allows every other. */
const widestMode: SupervisionMode = 'barge';

export interface Monitoring {
  /** Listen to, whisper to or join the agent's call. */
  start(mode: SupervisionMode): Promise<void>;
  setMode(mode: SupervisionMode): Promise<void>;
  stop(): Promise<void>;
  /** Why the CRM gave no grant for the last try (not a supervisor of this team, CRM unreachable…). */
  grantError: ContractError | null;
}

/**
 * The supervisor's side, for one agent: a grant from the CRM, then a call
 * to the agent's console carrying it. Where the site's PBX monitors
 * natively (a dial string is set for the mode), that string is dialled
 * instead, as an ordinary call.
 */
export function useMonitoring(agent: RosterAgent): Monitoring {
  const contract = useContract();
  const softphone = useSoftphone();
  const roster = useRoster();
  const { settings } = useSettings();
  const [grantError, setGrantError] = useState<ContractError | null>(null);
  const supervisorId = roster.status === 'ready' ? (roster.value.me?.id ?? null) : null;

  const start = useCallback(
    async (mode: SupervisionMode) => {
      setGrantError(null);
      const dialString = settings?.[monitoringDialSettings[mode]] ?? '';
      if (dialString !== '') return softphone.dial(expandMonitoringDial(dialString, agent.sipAddress));
      // A grant up to Barge lets the supervisor switch modes in the call; a CRM that will not grant that much may still grant the mode asked for.
      let granted = await contract.call('supervision.grant.request', { agentId: agent.id, mode: widestMode });
      if (!granted.ok && granted.error.code === 'supervision_refused' && mode !== widestMode) granted = await contract.call('supervision.grant.request', { agentId: agent.id, mode });
      if (!granted.ok) return setGrantError(granted.error);
      const { grant, agentSipAddress } = granted.value;
      await softphone.monitor(agentSipAddress, { agentId: agent.id, agentName: agent.displayName, mode, grant, supervisorId: supervisorId ?? '' });
    },
    [contract, softphone, settings, supervisorId, agent],
  );
  const setMode = useCallback((mode: SupervisionMode) => softphone.setMonitoringMode(mode), [softphone]);
  const stop = useCallback(() => softphone.stopMonitoring(), [softphone]);
  return { start, setMode, stop, grantError };
}
