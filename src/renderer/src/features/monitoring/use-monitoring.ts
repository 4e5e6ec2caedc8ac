import { useCallback, useMemo, useState } from 'react';
import type { ContractError } from '@shared/contract/error';
import { expandMonitoringDial, monitoringDialSettings } from '@shared/domain/monitoring-dial';
import type { RosterAgent } from '@shared/domain/roster';
import type { SupervisionMode } from '@shared/domain/supervision';
import { useContract } from '../../ui/contract-context';
import { useSettings } from '../../ui/use-settings';
import { useSoftphone } from '../phone/phone-context';

/** The mode whose grant allows every other. */
const widestMode: SupervisionMode = 'barge';

export interface MonitoringActions {
  /** Listen to, whisper to or join the agent's call. */
  start(agent: RosterAgent, mode: SupervisionMode): Promise<void>;
  setMode(mode: SupervisionMode): Promise<void>;
  stop(): Promise<void>;
}

export interface Monitoring {
  actions: MonitoringActions;
  /** Why the CRM gave no grant for the last try with an agent (not a supervisor of this team, CRM unreachable…), by agent id. */
  grantErrors: ReadonlyMap<string, ContractError>;
}

/**
 * The supervisor's side, for the whole board (one settings read, one set of
 * actions, however many agents it lists): a grant from the CRM, then a call
 * to the agent's console carrying it. Where the site's PBX monitors
 * natively (a dial string is set for the mode), that string is dialled
 * instead, as an ordinary call.
 */
export function useMonitoring(supervisorId: string | null): Monitoring {
  const contract = useContract();
  const softphone = useSoftphone();
  const { settings } = useSettings();
  const [grantErrors, setGrantErrors] = useState<ReadonlyMap<string, ContractError>>(new Map());

  const start = useCallback(
    async (agent: RosterAgent, mode: SupervisionMode) => {
      const setGrantError = (error: ContractError | null) =>
        setGrantErrors((before) => {
          if (error === null && !before.has(agent.id)) return before;
          const next = new Map(before);
          if (error === null) next.delete(agent.id);
          else next.set(agent.id, error);
          return next;
        });
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
    [contract, softphone, settings, supervisorId],
  );
  const actions = useMemo(
    (): MonitoringActions => ({ start, setMode: (mode) => softphone.setMonitoringMode(mode), stop: () => softphone.stopMonitoring() }),
    [start, softphone],
  );
  return { actions, grantErrors };
}
