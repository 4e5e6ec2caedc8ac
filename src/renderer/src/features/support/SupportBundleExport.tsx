import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Stack, Text, Title } from '@mantine/core';
import type { ContractError } from '@shared/contract/error';
import { useContract } from '../../ui/contract-context';
import { useContractErrorText } from '../../ui/contract-error-text';
import { lastReadiness } from './readiness-report';

type Export = { state: 'idle' } | { state: 'exporting' } | { state: 'saved'; path: string } | { state: 'failed'; error: ContractError };

/** Settings → Administration: the support bundle for IT (logs, settings, versions, store statistics — redacted). */
export function SupportBundleExport() {
  const { t } = useTranslation();
  const contract = useContract();
  const errorText = useContractErrorText();
  const [exported, setExported] = useState<Export>({ state: 'idle' });

  const run = async () => {
    setExported({ state: 'exporting' });
    const result = await contract.call('support.export-bundle', { readiness: lastReadiness() });
    setExported(result.ok ? { state: 'saved', path: result.value.path } : { state: 'failed', error: result.error });
  };

  return (
    <Stack gap="xs" data-testid="support-bundle">
      <Title order={3} size="h5">
        {t('support.title')}
      </Title>
      <Text size="sm">{t('support.explain')}</Text>
      <Button variant="default" loading={exported.state === 'exporting'} onClick={() => void run()} data-testid="support-bundle-export">
        {exported.state === 'exporting' ? t('support.exporting') : t('support.export')}
      </Button>
      {exported.state === 'saved' && (
        <Text size="sm" role="status" data-testid="support-bundle-path">
          {t('support.saved', { path: exported.path })}
        </Text>
      )}
      {exported.state === 'failed' && (
        <Text size="sm" role="alert">
          {errorText(exported.error)}
        </Text>
      )}
    </Stack>
  );
}
