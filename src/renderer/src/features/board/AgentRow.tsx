import type { ReactNode } from 'react';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BoardAlertRules } from '@shared/domain/board-alerts';
import type { CustomerHit } from '@shared/domain/customer';
import { formatDuration } from '../../ui/format';
import { AgentCallCell } from './AgentCallCell';
import { AgentStateCell } from './AgentStateCell';
import type { BoardRow } from './board-rows';
import { useAlertText } from './use-alert-text';

interface AgentRowProps {
  row: BoardRow;
  now: number;
  rules: BoardAlertRules;
  customer: CustomerHit | null;
  onOpenCustomer(customerId: number): void;
  /** Per-agent actions (listen, whisper, barge…), in the row's last cell. */
  actions?: ReactNode;
}

/** One agent on the board. */
export function AgentRow({ row, now, rules, customer, onOpenCustomer, actions }: AgentRowProps) {
  const { t } = useTranslation();
  const alertText = useAlertText(rules);
  const { agent, stats } = row;
  const share = stats?.wrapUpShare ?? null;
  return (
    <tr className={row.alerts.length > 0 ? 'board-row board-row--alert' : 'board-row'} data-testid="board-row" data-agent={agent.id} data-state={row.state} data-since={row.stateSince ?? undefined}>
      <th scope="row" className="board-row__agent">
        <span className="board-row__name">{agent.displayName}</span>
        <span className="board-row__team">{agent.team}</span>
      </th>
      <td className="board-row__state">
        <AgentStateCell row={row} now={now} />
      </td>
      <td className="board-row__call">
        <AgentCallCell call={row.watch.call} problem={row.watch.callProblem} customer={customer} now={now} onOpenCustomer={onOpenCustomer} />
      </td>
      <td className="board-row__number" data-testid="board-handled">
        {stats?.handled ?? t('board.noValue')}
      </td>
      <td className="board-row__number">{stats?.averageHandleSeconds == null ? t('board.noValue') : formatDuration(stats.averageHandleSeconds)}</td>
      <td className="board-row__number">{share === null ? t('board.noValue') : t('board.share', { value: Math.round(share * 100) })}</td>
      <td className={stats && stats.overduePromises > 0 ? 'board-row__number board-row__overdue' : 'board-row__number'} data-testid="board-overdue">
        {stats?.overduePromises ?? t('board.noValue')}
      </td>
      <td data-testid="board-alerts">
        <div className="board-row__alerts">
          {row.alerts.map((kind) => (
            <Badge key={kind} color="red" variant="light" size="sm" classNames={{ root: 'board-row__alert', label: 'board-row__alert-label' }} data-alert={kind}>
              {alertText(kind)}
            </Badge>
          ))}
        </div>
      </td>
      <td className="board-row__actions">{actions}</td>
    </tr>
  );
}
