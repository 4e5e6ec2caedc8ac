import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notReadyReasons, type NotReadyReason } from '../../core/agent/agent-state';
import { formatDuration } from '../../ui/format';
import { useAgent, useAgentStatus } from '../phone/phone-context';
import { useCallTimer } from '../phone/use-call-timer';
import { ReadinessCheck } from '../readiness/ReadinessCheck';
import { TimeInState } from '../agent-panel/TimeInState';

const dotFor = { offline: 'off', ready: 'on', 'not-ready': 'error', 'on-call': 'on', 'wrap-up': 'off' } as const;

/** Ready / Not ready (with why) / On call / Wrap-up with its countdown; offline until the phone is registered. */
export function AgentState() {
  const { t } = useTranslation();
  const agent = useAgent();
  const state = useAgentStatus();
  const [checking, setChecking] = useState(false);
  const elapsed = useCallTimer(state.status === 'wrap-up' ? state.since : null);
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
          <span role="status" data-testid="wrap-up-timer">
            {elapsed > state.limitSeconds
              ? t('agentState.wrapUpOver', { over: formatDuration(elapsed - state.limitSeconds) })
              : t('agentState.wrapUp', { left: formatDuration(state.limitSeconds - elapsed) })}
          </span>
          {state.awaitingDisposition && <span data-testid="wrap-up-needs-disposition">{t('agentState.needsDisposition')}</span>}
          <button
            type="button"
            className="button button--ghost"
            onClick={() => agent.finishWrapUp()}
            disabled={state.awaitingDisposition}
            data-testid="wrap-up-done"
          >
            {t('agentState.wrapUpDone')}
          </button>
        </>
      )}
      {(state.status === 'ready' || state.status === 'not-ready') && (
        <select
          className="agent-state__select"
          aria-label={t('agentState.label')}
          value={choice}
          onChange={(event) => choose(event.target.value)}
          data-testid="agent-state-select"
        >
          <option value="ready">{t('agentState.ready')}</option>
          {notReadyReasons.map((reason) => (
            <option key={reason} value={`not-ready:${reason}`}>
              {t('agentState.notReady', { reason: t(`agentState.reason.${reason}`) })}
            </option>
          ))}
        </select>
      )}
      {state.status !== 'wrap-up' && <TimeInState since={state.since} />}
      {state.status !== 'on-call' && (
        <button type="button" className="button button--ghost" onClick={() => setChecking(true)} data-testid="readiness-open">
          {t('readiness.open')}
        </button>
      )}
      {checking && <ReadinessCheck onClose={() => setChecking(false)} />}
    </span>
  );
}
