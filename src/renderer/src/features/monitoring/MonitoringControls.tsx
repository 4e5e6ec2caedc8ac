import { memo } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '@shared/contract/error';
import type { RosterAgent } from '@shared/domain/roster';
import { supervisionModes } from '@shared/domain/supervision';
import type { MonitoringView } from '../../core/phone/monitoring-view';
import { useContractErrorText } from '../../ui/contract-error-text';
import { monitoringEndingText } from './monitoring-ending-text';
import type { MonitoringActions } from './use-monitoring';

interface MonitoringControlsProps {
  agent: RosterAgent;
  /** The supervisor's monitoring call when it is with this agent, else null. */
  session: MonitoringView | null;
  /** A monitoring call with another agent is under way. */
  busyElsewhere: boolean;
  /** The supervisor is in a call of their own. */
  ownCall: boolean;
  grantError: ContractError | null;
  actions: MonitoringActions;
}

/**
 * Listen / Whisper / Barge for one agent (a row of the supervisor's board):
 * start in a mode, switch modes while live, stop; and why the last session
 * with this agent ended or never started. Everything comes from the board
 * (one phone subscription for all rows), so a row's controls render again
 * only when what they show changes.
 */
export const MonitoringControls = memo(function MonitoringControls({ agent, session, busyElsewhere, ownCall, grantError, actions }: MonitoringControlsProps) {
  const { t } = useTranslation();
  const errorText = useContractErrorText();
  const active = session !== null && session.status !== 'ended';

  return (
    <Group gap={4} wrap="wrap" className="monitoring-controls" data-testid="monitoring-controls" data-agent={agent.id}>
      {supervisionModes.map((mode) => {
        const current = active && session.mode === mode;
        return (
          <Button
            key={mode}
            size="compact-xs"
            variant={current ? 'filled' : 'default'}
            aria-pressed={active ? current : undefined}
            loading={active && session.switchingTo === mode}
            disabled={busyElsewhere || (!active && ownCall) || (active && session.status !== 'live')}
            onClick={() => void (active ? actions.setMode(mode) : actions.start(agent, mode))}
            data-testid={`monitor-${mode}`}
          >
            {t(`monitoring.mode.${mode}`)}
          </Button>
        );
      })}
      {active && (
        <Button size="compact-xs" color="red" variant="light" onClick={() => void actions.stop()} data-testid="monitor-stop">
          {t('monitoring.stop')}
        </Button>
      )}
      {grantError && !active && (
        <Text size="xs" c="red" role="alert" data-testid="monitoring-grant-error" data-code={grantError.code}>
          {errorText(grantError)}
        </Text>
      )}
      {session && !(grantError && !active) && (
        <Text size="xs" role="status" data-testid="monitoring-status" data-status={session.status} data-mode={session.mode} data-reason={session.ending?.reason}>
          {session.status === 'connecting' && t('monitoring.status.connecting')}
          {session.status === 'live' && t(`monitoring.status.${session.mode}`)}
          {session.status === 'ended' && session.ending && monitoringEndingText(t, session.ending)}
          {active && session.refusedMode && ` · ${t('monitoring.modeRefused', { mode: t(`monitoring.mode.${session.refusedMode}`) })}`}
        </Text>
      )}
    </Group>
  );
});
