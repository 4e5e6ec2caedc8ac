import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '@shared/contract/error';
import type { PhoneAccountView } from '@shared/domain/phone-account';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useContract } from '../../ui/contract-context';
import { useReportUnsaved } from '../../ui/unsaved-changes';
import { usePolicy } from '../../ui/use-policy';
import { LockedField } from '../../ui/LockedField';

const emptyAccount = { server: '', username: '', domain: '', displayName: '' };

/** The SIP account: where the phone registers. The password is write-only here. */
export function PhoneAccountForm() {
  const { t } = useTranslation();
  const contract = useContract();
  const [account, setAccount] = useState(emptyAccount);
  const [stored, setStored] = useState<PhoneAccountView | null>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ContractError | null>(null);
  const [saved, setSaved] = useState(false);
  const { policy, lockOf } = usePolicy();
  /** The policy key locking a field: IT may set the server and the domain. */
  const lockKey = (name: keyof typeof emptyAccount) => (name === 'server' || name === 'domain' ? lockOf(`phone.${name}`) : null);
  /** IT's value for a locked field, shown and saved in place of what was typed. */
  const lockedValue = (name: keyof typeof emptyAccount) => {
    const key = lockKey(name);
    return key === null ? null : String(policy.mandatory[key] ?? '');
  };
  const locked = { server: lockedValue('server') ?? account.server, domain: lockedValue('domain') ?? account.domain };

  useEffect(() => {
    void contract.call('phone.account.get', {}).then((result) => {
      if (!result.ok || !result.value.account) return;
      const { server, username, domain, displayName } = result.value.account;
      setAccount({ server, username, domain, displayName });
      setStored(result.value.account);
    });
  }, [contract]);

  const savedAccount = stored ? { server: stored.server, username: stored.username, domain: stored.domain, displayName: stored.displayName } : emptyAccount;
  useReportUnsaved('phoneAccount', password !== '' || (Object.keys(emptyAccount) as (keyof typeof emptyAccount)[]).some((name) => account[name] !== savedAccount[name]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await contract.call('phone.account.save', { ...account, ...locked, ...(password ? { password } : {}) });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setStored(result.value);
    setPassword('');
    setSaved(true);
  };

  const field = (name: keyof typeof emptyAccount, testId: string) => (
    <LockedField policyKey={lockKey(name)} testId={`${testId}-locked`}>
      <TextInput
        label={t(`phone.account.${name}`)}
        value={lockedValue(name) ?? account[name]}
        autoComplete={name === 'username' ? 'username' : 'off'}
        onChange={(event) => setAccount({ ...account, [name]: event.currentTarget.value })}
        error={error?.field === name}
        data-testid={testId}
      />
    </LockedField>
  );

  return (
    <Stack component="form" gap="sm" className="phone-account-form" onSubmit={submit} aria-labelledby="phone-account-title">
      <h3 id="phone-account-title">{t('phone.account.title')}</h3>
      {field('server', 'phone-server')}
      {field('username', 'phone-username')}
      {field('domain', 'phone-domain')}
      {field('displayName', 'phone-display-name')}
      <TextInput
        type="password"
        label={t('phone.account.password')}
        autoComplete="new-password"
        value={password}
        placeholder={stored?.hasPassword ? t('phone.account.passwordStored') : ''}
        onChange={(event) => setPassword(event.currentTarget.value)}
        data-testid="phone-password"
      />
      {error && <ErrorNotice error={error} />}
      {saved && (
        <Text size="sm" c="dimmed" role="status">
          {t('phone.account.saved')}
        </Text>
      )}
      <Group justify="flex-end">
        <Button type="submit" data-testid="phone-account-save">
          {t('phone.account.save')}
        </Button>
      </Group>
    </Stack>
  );
}
