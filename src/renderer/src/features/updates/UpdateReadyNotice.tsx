import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, Text } from '@mantine/core';
import type { ContractError } from '@shared/contract/error';
import { mayRestartOnRequest } from '@shared/updates/install-decision';
import { useContract } from '../../ui/contract-context';
import { useContractErrorText } from '../../ui/contract-error-text';
import { useContractQuery } from '../../ui/use-contract-query';
import { useEventRevision } from '../../ui/use-event-revision';
import { useReportActivity } from './use-report-activity';

const anyStatus = () => true;

/**
 * "Update ready — restart now": shown once an update is downloaded and
 * verified. The button works only while the console is idle (main refuses
 * otherwise too); else the update waits for the agent to quit or for IT's
 * install window.
 */
export function UpdateReadyNotice() {
  const { t } = useTranslation();
  const contract = useContract();
  const errorText = useContractErrorText();
  const activity = useReportActivity();
  const revision = useEventRevision('updates.status-changed', anyStatus);
  const status = useContractQuery(`updates.status/${revision}`, () => contract.call('updates.status', {}));
  const [error, setError] = useState<ContractError | null>(null);
  const restart = useCallback(async () => {
    const result = await contract.call('updates.restart-now', {});
    setError(result.ok ? null : result.error);
  }, [contract]);

  if (status.status !== 'ready' || status.value.state !== 'ready') return null;
  const idle = mayRestartOnRequest(activity).install;
  return (
    <Alert role="status" color="blue" data-testid="update-ready">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm">{t('updates.ready', { version: status.value.version })}</Text>
        <Button size="xs" disabled={!idle} onClick={() => void restart()} data-testid="update-restart-now">
          {t('updates.restartNow')}
        </Button>
      </Group>
      {!idle && <Text size="xs">{t('updates.busy')}</Text>}
      {error && (
        <Text size="xs" role="alert">
          {errorText(error)}
        </Text>
      )}
    </Alert>
  );
}
