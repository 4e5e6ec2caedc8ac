import { Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TrendCall } from '@shared/domain/trends';
import { formatDateTime } from '../../ui/format';
import { usePhoneFormat } from '../../ui/phone-format';

/**
 * The calls behind a point of a chart, newest first. `onOpenCall` opens one
 * (the call review plugs in here); the list itself knows nothing of where.
 */
export function TrendCallsList({ calls, total, onOpenCall, labelOf }: {
  calls: readonly TrendCall[];
  total: number;
  onOpenCall(interactionId: number): void;
  /** A disposition code's label in the UI language. */
  labelOf(code: string): string;
}) {
  const formatPhone = usePhoneFormat();
  const { t, i18n } = useTranslation();
  if (calls.length === 0) return <p className="empty-state">{t('trends.calls.none')}</p>;
  return (
    <>
      {total > calls.length && <p className="trend-calls__more">{t('trends.calls.newestOf', { shown: calls.length, total })}</p>}
      <Table striped highlightOnHover className="trend-calls__table" data-testid="trend-calls">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('trends.calls.when')}</Table.Th>
            <Table.Th>{t('trends.calls.customer')}</Table.Th>
            <Table.Th>{t('trends.calls.agent')}</Table.Th>
            <Table.Th>{t('trends.calls.direction')}</Table.Th>
            <Table.Th>{t('trends.calls.disposition')}</Table.Th>
            <Table.Th aria-label={t('trends.calls.actions')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {calls.map((call) => (
            <Table.Tr key={call.interactionId} data-testid="trend-call">
              <Table.Td>{formatDateTime(call.startedAt, i18n.language)}</Table.Td>
              <Table.Td>{call.customerName ?? formatPhone(call.remote)}</Table.Td>
              <Table.Td>{call.agent ?? '—'}</Table.Td>
              <Table.Td>{t(`trends.calls.${call.direction}`)}</Table.Td>
              <Table.Td>{call.dispositionCode ? labelOf(call.dispositionCode) : '—'}</Table.Td>
              <Table.Td>
                <Button size="compact-xs" variant="light" onClick={() => onOpenCall(call.interactionId)}>
                  {t('trends.calls.open')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
