import { useState } from 'react';
import { Badge, Button, NativeSelect, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CompactLabel } from '../../ui/CompactLabel';
import { notReadyReasons, type NotReadyReason } from '../../core/agent/agent-state';
import { useAgent, useAgentStatus } from '../phone/phone-context';
import { ReadinessCheck } from '../readiness/ReadinessCheck';
import { TimeInState } from '../agent-panel/TimeInState';
import { WrapUpCountdown } from './WrapUpCountdown';

const dotFor = { offline: 'off', ready: 'on', 'not-ready': 'error', 'on-call': 'on', 'wrap-up': 'off' } as const;

/** Ready / Not ready (with why) / On call / Wrap-up with its countdown; offline until the phone is registered. */
export function AgentState() {
  const { t } = useTranslation();
  const agent = useAgent();
  const state = useAgentStatus();
  const [checking, setChecking] = useState(false);
  const choice = state.status === 'not-ready' ? `not-ready:${state.reason}` : state.status === 'ready' ? 'ready' : '';

  const choose = (value: string) => {
    if (value === 'ready') agent.setReady();
    else if (value.startsWith('not-ready:')) agent.setNotReady(value.slice('not-ready:'.length) as NotReadyReason);
  };

  return (
    <span className="agent-state" data-testid="agent-state" data-status={state.status}>
      <span className={`status-dot status-dot--${dotFor[state.status]}`} aria-hidden="true" />
      {state.status === 'offline' && <span role="status">{t('agentState.offline')}</span>}
      {state.status === 'on-call' && <span role="status">{t('agentState.onCall')}</span>}
      {state.status === 'wrap-up' && (
        <>
          <WrapUpCountdown since={state.since} limitSeconds={state.limitSeconds} />
          {state.awaitingDisposition && (
            <Tooltip label={t('agentState.needsDisposition')}>
              <Badge className="badge" color="yellow" variant="filled" data-testid="wrap-up-needs-disposition">
                <CompactLabel full={t('agentState.needsDisposition')} short={t('agentState.needsDispositionShort')} />
              </Badge>
            </Tooltip>
          )}
          <Tooltip label={t('agentState.wrapUpDone')}>
            <Button
              size="xs"
              variant="outline"
              color="gray.3"
              onClick={() => agent.finishWrapUp()}
              disabled={state.awaitingDisposition}
              aria-label={t('agentState.wrapUpDone')}
              data-testid="wrap-up-done"
            >
              <CompactLabel full={t('agentState.wrapUpDone')} short={t('agentState.wrapUpDoneShort')} />
            </Button>
          </Tooltip>
        </>
      )}
      {(state.status === 'ready' || state.status === 'not-ready') && (
        <NativeSelect
          size="xs"
          variant="unstyled"
          classNames={{ input: 'agent-state__select' }}
          aria-label={t('agentState.label')}
          value={choice}
          onChange={(event) => choose(event.currentTarget.value)}
          data-testid="agent-state-select"
        >
          <option value="ready">{t('agentState.ready')}</option>
          {notReadyReasons.map((reason) => (
            <option key={reason} value={`not-ready:${reason}`}>
              {t('agentState.notReady', { reason: t(`agentState.reason.${reason}`) })}
            </option>
          ))}
        </NativeSelect>
      )}
      {state.status !== 'wrap-up' && <TimeInState since={state.since} />}
      {state.status !== 'on-call' && (
        <Tooltip label={t('readiness.open')}>
          <Button size="xs" variant="outline" color="gray.3" onClick={() => setChecking(true)} aria-label={t('readiness.open')} data-testid="readiness-open">
            <CompactLabel full={t('readiness.open')} short={t('readiness.openShort')} />
          </Button>
        </Tooltip>
      )}
      {checking && <ReadinessCheck onClose={() => setChecking(false)} />}
    </span>
  );
}
