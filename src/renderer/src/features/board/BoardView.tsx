import { useId, useMemo, useState } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { watchedTeams, type Roster } from '@shared/domain/roster';
import { useNow } from '../../ui/use-now';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { AlertRulesDialog } from './AlertRulesDialog';
import { BoardFilters } from './BoardFilters';
import { MonitoringControls } from '../monitoring/MonitoringControls';
import { useMonitoring } from '../monitoring/use-monitoring';
import { useMonitoringView, usePhoneValue } from '../phone/phone-context';
import { BoardTable } from './BoardTable';
import { boardRows, shownRows, type BoardRow, type BoardView as BoardViewChoice } from './board-rows';
import { UnknownAgents } from './UnknownAgents';
import { useAgentStats } from './use-agent-stats';
import { useAlertNotifications } from './use-alert-notifications';
import { useBoardAlertRules } from './use-board-alert-rules';
import { useCallerNames } from './use-caller-names';
import { usePresenceWatch } from './use-presence-watch';
import './board.css';

/**
 * The supervisors' live board: every agent of the teams this user watches,
 * with their state and call as the SIP server reports them (presence and
 * dialog event packages) and their day from the store.
 */
export function BoardView({ roster, onOpenCustomer }: { roster: Roster; onOpenCustomer(customerId: number): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const teams = useMemo(() => [...watchedTeams(roster.me, roster.agents)].sort(), [roster]);
  const agents = useMemo(() => roster.agents.filter((agent) => agent.active && teams.includes(agent.team) && agent.id !== roster.me?.id), [roster, teams]);
  const { watches, connected } = usePresenceWatch(agents);
  const { stats, error: statsError } = useAgentStats(agents);
  const { rules, loadError: rulesError, save: saveRules } = useBoardAlertRules();
  const now = useNow(1_000);
  const [view, setView] = useState<BoardViewChoice>({ team: null, state: 'all', sort: 'state' });
  const [editingRules, setEditingRules] = useState(false);
  const rows = boardRows(agents, watches, stats, rules, now);
  const shown = shownRows(rows, view, now);
  const numbers = rows.flatMap((row) => (row.watch.call?.remoteUser ? [row.watch.call.remoteUser] : []));
  const customers = useCallerNames(numbers);
  useAlertNotifications(rows, rules);
  const { actions, grantErrors } = useMonitoring(roster.me?.id ?? null);
  const monitoring = useMonitoringView();
  const ownCall = usePhoneValue((state) => state.call.status !== 'idle' && state.call.status !== 'ended');
  const monitoringLive = monitoring !== null && monitoring.status !== 'ended';
  const monitoringControls = (row: BoardRow) => {
    const session = monitoring?.agentId === row.agent.id ? monitoring : null;
    return (
      <MonitoringControls
        agent={row.agent}
        session={session}
        busyElsewhere={monitoringLive && session === null}
        ownCall={ownCall}
        grantError={grantErrors.get(row.agent.id) ?? null}
        actions={actions}
      />
    );
  };

  return (
    <section className="board" aria-labelledby={titleId} data-testid="board">
      <header className="board__header">
        <h2 id={titleId} className="board__title">
          {t('board.title')}
        </h2>
        <BoardFilters teams={teams} view={view} onChange={setView} />
        <Button size="xs" variant="default" className="board__rules" onClick={() => setEditingRules(true)} data-testid="board-rules-open">
          {t('board.rules.open')}
        </Button>
      </header>
      {!connected && <p className="board__notice" data-testid="board-not-connected">{t('board.notConnected')}</p>}
      {connected && <UnknownAgents rows={rows} />}
      {statsError && <ErrorNotice error={statsError} />}
      {rulesError && <ErrorNotice error={rulesError} />}
      {agents.length === 0 ? (
        <p className="board__empty">{t('board.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="board__empty">{t('board.noneShown')}</p>
      ) : (
        <BoardTable rows={shown} now={now} rules={rules} customers={customers} onOpenCustomer={onOpenCustomer} rowActions={monitoringControls} />
      )}
      {editingRules && <AlertRulesDialog rules={rules} onSave={saveRules} onClose={() => setEditingRules(false)} />}
    </section>
  );
}
