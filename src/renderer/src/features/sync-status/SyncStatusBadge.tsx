import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../ui/format';
import { useNow } from '../../ui/use-now';
import { useSyncStatus } from './use-sync-status';

/** The CRM link in one glance: reachable or not, when it last caught up, how much waits to be sent. */
export function SyncStatusBadge() {
  const { t, i18n } = useTranslation();
  const status = useSyncStatus();
  const now = useNow();
  if (status === null) return null;

  const lastSync = status.lastSyncAt === null ? t('sync.never') : t('sync.lastSync', { when: formatMoment(status.lastSyncAt, now, i18n.language) });
  const label = `${t(`sync.${status.connection}`)}${status.pending > 0 ? ` · ${t('sync.pending', { count: status.pending })}` : ''}`;
  // The technical reason is for the tooltip only: it may be in English, and the agent needs the state, not the cause.
  const hint = [label, lastSync, status.problem].filter(Boolean).join('\n');
  return (
    <Tooltip label={<span className="tooltip-lines">{hint}</span>}>
      <Badge
        className="badge"
        color={status.connection === 'offline' ? 'danger' : 'gray.4'}
        variant={status.connection === 'offline' ? 'filled' : 'outline'}
        role="status"
        data-testid="sync-status"
        data-connection={status.connection}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}
