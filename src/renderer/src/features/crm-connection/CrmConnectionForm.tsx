import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorOf } from '@shared/contract/methods';
import type { CrmConnectionView } from '@shared/domain/crm-connection';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useContract } from '../../ui/contract-context';
import { useReportUnsaved } from '../../ui/unsaved-changes';
import { usePolicy } from '../../ui/use-policy';
import { LockedField } from '../../ui/LockedField';
import { CrmSyncState } from './CrmSyncState';
import { HeldEntries } from './HeldEntries';

/** The CRM the console syncs with: its address and token (write-only), and how the sync is doing. */
export function CrmConnectionForm() {
  const { t } = useTranslation();
  const contract = useContract();
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [stored, setStored] = useState<CrmConnectionView | null>(null);
  const [error, setError] = useState<ErrorOf<'sync.connection.save'> | null>(null);
  const [saved, setSaved] = useState(false);
  const { policy, lockOf } = usePolicy();
  const urlLock = lockOf('crm.url');
  // IT's address, when its policy locks it: main wrote it over the stored one at start.
  const effectiveUrl = urlLock === null ? url : String(policy.mandatory[urlLock] ?? url);

  useEffect(() => {
    void contract.call('sync.connection.get', {}).then((result) => {
      if (!result.ok) return;
      setUrl(result.value.url);
      setStored(result.value);
    });
  }, [contract]);

  useReportUnsaved('crm', token !== '' || url !== (stored?.url ?? ''));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setError(null);
    // Disconnecting forgets the token too: a console without a CRM has no reason to keep its secret.
    const result = await contract.call('sync.connection.save', { url: effectiveUrl, ...(effectiveUrl.trim() === '' ? { token: '' } : token ? { token } : {}) });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setStored(result.value);
    setUrl(result.value.url);
    setToken('');
    setSaved(true);
  };

  const tokenNeeded = stored !== null && stored.url !== '' && !stored.hasToken;
  // What IT typed is refused as a kind of this method: which input it concerns follows from the kind.
  const badInput = error?.code === 'crm_token_too_long' ? 'token' : error?.code === 'crm_address_refused' || error?.code === 'crm_url_too_long' ? 'url' : null;

  return (
    <form className="phone-account-form" onSubmit={submit} aria-labelledby="crm-connection-title" noValidate>
      <Stack gap="sm">
        <h3 id="crm-connection-title">{t('crm.title')}</h3>
        <LockedField policyKey={urlLock} testId="crm-url-locked">
          <TextInput
            type="url"
            label={t('crm.url')}
            description={t('crm.urlHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={effectiveUrl}
            autoComplete="off"
            placeholder="https://crm.example.com/parley"
            onChange={(event) => setUrl(event.currentTarget.value)}
            error={badInput === 'url'}
            data-testid="crm-url"
          />
        </LockedField>
        <TextInput
          type="password"
          label={t('crm.token')}
          description={tokenNeeded ? <span data-testid="crm-token-needed">{t('crm.tokenNeeded')}</span> : undefined}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          autoComplete="new-password"
          value={token}
          placeholder={stored?.hasToken ? t('crm.tokenStored') : ''}
          onChange={(event) => setToken(event.currentTarget.value)}
          error={badInput === 'token'}
          data-testid="crm-token"
        />
        {error && <ErrorNotice error={error} testId={badInput ? 'crm-problem-input' : undefined} />}
        {saved && (
          <Text size="sm" c="dimmed" role="status">
            {t(url === '' ? 'crm.disconnected' : 'crm.saved')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" data-testid="crm-save">
            {t('crm.save')}
          </Button>
        </Group>
        <CrmSyncState />
        <HeldEntries />
      </Stack>
    </form>
  );
}
