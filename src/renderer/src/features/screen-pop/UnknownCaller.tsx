import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '@shared/contract/error';
import type { ErrorOf } from '@shared/contract/methods';
import { useContractErrorText } from '../../ui/contract-error-text';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useContract } from '../../ui/contract-context';
import { usePhoneFormat } from '../../ui/phone-format';
import type { CallContext } from '../../core/calls/call-contexts';
import { useCallContexts } from '../phone/phone-context';

const fieldProblems: Record<string, string> = {
  firstName: 'screenPop.problem.firstName',
  lastName: 'screenPop.problem.lastName',
};

/** Nobody has this number: the caller is created in two fields, keeping the number they called from. */
export function UnknownCaller({ context }: { context: CallContext }) {
  const formatPhone = usePhoneFormat();
  const { t } = useTranslation();
  const contract = useContract();
  const calls = useCallContexts();
  const titleId = useId();
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [phone, setPhone] = useState(context.e164 ?? context.remote);
  const errorText = useContractErrorText();
  const [error, setError] = useState<ErrorOf<'customers.create'> | null>(null);
  const [linkError, setLinkError] = useState<ContractError | 'not-stored' | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const created = await contract.call('customers.create', { firstName, lastName, phone });
    if (!created.ok) return setError(created.error);
    setLinkError(await calls.choose(context.sipCallId, created.value.customerId));
  };
  const invalidField = error?.code === 'invalid_request' ? error.field : undefined;
  const problem = invalidField ? fieldProblems[invalidField] : undefined;

  return (
    <section className="screen-pop" aria-labelledby={titleId} data-testid="unknown-caller">
      <h3 id={titleId}>{t('screenPop.unknownCaller', { number: formatPhone(context.e164 ?? context.remote) })}</h3>
      <Stack component="form" gap="xs" className="screen-pop__create" onSubmit={(event) => void create(event)}>
        <TextInput label={t('screenPop.firstName')} value={firstName} onChange={(event) => setFirstName(event.currentTarget.value)} error={invalidField === 'firstName'} data-testid="new-customer-first-name" />
        <TextInput label={t('screenPop.lastName')} value={lastName} onChange={(event) => setLastName(event.currentTarget.value)} error={invalidField === 'lastName'} data-testid="new-customer-last-name" />
        <TextInput
          label={t('screenPop.phone')}
          value={phone}
          onChange={(event) => setPhone(event.currentTarget.value)}
          error={invalidField === 'phone' || error?.code === 'not_a_phone_number'}
          data-testid="new-customer-phone"
        />
        {error &&
          (problem ? (
            <Alert color="red" variant="light" p="xs" role="alert">
              {t(problem)}
            </Alert>
          ) : (
            <ErrorNotice error={error} />
          ))}
        {linkError && (
          <Alert color="red" variant="light" p="xs" role="alert">
            <span title={linkError === 'not-stored' ? undefined : errorText(linkError)}>{t('screenPop.chooseFailed')}</span>
          </Alert>
        )}
        <Group>
          <Button type="submit" data-testid="new-customer-create">
            {t('screenPop.create')}
          </Button>
        </Group>
      </Stack>
    </section>
  );
}
