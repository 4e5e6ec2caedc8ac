import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RosterAgent } from '@shared/domain/roster';
import { supervisionModes } from '@shared/domain/supervision';
import { useContractErrorText } from '../../ui/contract-error-text';
import { usePhoneState } from '../phone/phone-context';
import { monitoringEndingText } from './monitoring-ending-text';
import { useMonitoring } from './use-monitoring';

/**
 * Listen / Whisper / Barge for one agent (a row of the supervisor's board):
 * start in a mode, switch modes while live, stop; and why the last session
 * with this agent ended or never started.
 */
export function MonitoringControls({ agent }: { agent: RosterAgent }) {
  const { t } = useTranslation();
  const errorText = useContractErrorText();
  const { monitoring, call } = usePhoneState();
  const { start, setMode, stop, grantError } = useMonitoring(agent);
  const session = monitoring?.agentId === agent.id ? monitoring : null;
  const active = session !== null && session.status !== 'ended';
  const busyElsewhere = monitoring !== null && monitoring.status !== 'ended' && !session;
  const ownCall = call.status !== 'idle' && call.status !== 'ended';

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
            onClick={() => void (active ? setMode(mode) : start(mode))}
            data-testid={`monitor-${mode}`}
          >
            {t(`monitoring.mode.${mode}`)}
          </Button>
        );
      })}
      {active && (
        <Button size="compact-xs" color="red" variant="light" onClick={() => void stop()} data-testid="monitor-stop">
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
}
