import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardAlertRules } from '@shared/domain/board-alerts';
import type { CustomerHit } from '@shared/domain/customer';
import { AgentRow } from './AgentRow';
import type { BoardRow } from './board-rows';

interface BoardTableProps {
  rows: readonly BoardRow[];
  now: number;
  rules: BoardAlertRules;
  customers: ReadonlyMap<string, CustomerHit | null>;
  onOpenCustomer(customerId: number): void;
  /** What each agent's row offers in its last cell (monitoring); none when absent. */
  rowActions?(row: BoardRow): ReactNode;
}

/** The agents, one row each, with a header a screen reader can follow. */
export function BoardTable({ rows, now, rules, customers, onOpenCustomer, rowActions }: BoardTableProps) {
  const { t } = useTranslation();
  return (
    <table className="board-table" data-testid="board-table">
      <thead>
        <tr>
          <th scope="col">{t('board.columns.agent')}</th>
          <th scope="col">{t('board.columns.state')}</th>
          <th scope="col">{t('board.columns.call')}</th>
          <th scope="col" className="board-table__number">{t('board.columns.handled')}</th>
          <th scope="col" className="board-table__number">{t('board.columns.averageHandle')}</th>
          <th scope="col" className="board-table__number">{t('board.columns.wrapUpShare')}</th>
          <th scope="col" className="board-table__number">{t('board.columns.overdue')}</th>
          <th scope="col">{t('board.columns.alerts')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('board.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const remote = row.watch.call?.remoteUser ?? null;
          return (
            <AgentRow
              key={row.agent.id}
              row={row}
              now={now}
              rules={rules}
              customer={remote === null ? null : (customers.get(remote) ?? null)}
              onOpenCustomer={onOpenCustomer}
              actions={rowActions?.(row)}
            />
          );
        })}
      </tbody>
    </table>
  );
}
