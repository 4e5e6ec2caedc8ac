import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../ui/format';
import { useContract } from '../../ui/contract-context';
import { useNow } from '../../ui/use-now';
import { useSyncStatus } from '../sync-status/use-sync-status';

/** Where the CRM sync stands, in plain words, with a way to run a round now. */
export function CrmSyncState() {
  const { t, i18n } = useTranslation();
  const contract = useContract();
  const status = useSyncStatus();
  const now = useNow();
  const [running, setRunning] = useState(false);
  if (status === null) return null;

  const syncNow = async () => {
    setRunning(true);
    // The answer is the status after the round; `sync.status-changed` has already brought it here.
    await contract.call('sync.now', {});
    setRunning(false);
  };

  return (
    <div className="crm-sync-state">
      <dl data-testid="crm-sync-state" data-connection={status.connection}>
        <dt>{t('crm.state')}</dt>
        <dd>{t(`sync.${status.connection}`)}</dd>
        <dt>{t('crm.lastSync')}</dt>
        <dd data-testid="crm-last-sync">{status.lastSyncAt === null ? t('crm.never') : formatMoment(status.lastSyncAt, now, i18n.language)}</dd>
        <dt>{t('crm.pending')}</dt>
        <dd data-testid="crm-pending">{t('crm.pendingCount', { count: status.pending })}</dd>
        {status.problemKind !== null && (
          <>
            <dt>{t('crm.lastProblem')}</dt>
            {/* The technical reason stays on hover, for IT. */}
            <dd data-testid="crm-problem" title={status.problem ?? undefined}>
              {t(`crm.problemKind.${status.problemKind}`)}
            </dd>
          </>
        )}
      </dl>
      {status.connection !== 'not-configured' && (
        <Button variant="default" size="xs" onClick={() => void syncNow()} loading={running} data-testid="crm-sync-now">
          {running ? t('sync.syncing') : t('crm.syncNow')}
        </Button>
      )}
    </div>
  );
}
