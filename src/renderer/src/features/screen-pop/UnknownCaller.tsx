import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '@shared/contract/error';
import type { ErrorOf } from '@shared/contract/methods';
import { useContractErrorText } from '../../ui/contract-error-text';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useContract } from '../../ui/contract-context';
import { formatPhone } from '../../ui/format';
import type { CallContext } from '../../core/calls/call-contexts';
import { useCallContexts } from '../phone/phone-context';

const fieldProblems: Record<string, string> = {
  firstName: 'screenPop.problem.firstName',
  lastName: 'screenPop.problem.lastName',
};

/** Nobody has this number: the caller is created in two fields, keeping the number they called from. */
export function UnknownCaller({ context }: { context: CallContext }) {
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
      <form className="screen-pop__create" onSubmit={(event) => void create(event)}>
        <label className="field">
          {t('screenPop.firstName')}
          <input value={firstName} onChange={(event) => setFirstName(event.target.value)} aria-invalid={invalidField === 'firstName'} data-testid="new-customer-first-name" />
        </label>
        <label className="field">
          {t('screenPop.lastName')}
          <input value={lastName} onChange={(event) => setLastName(event.target.value)} aria-invalid={invalidField === 'lastName'} data-testid="new-customer-last-name" />
        </label>
        <label className="field">
          {t('screenPop.phone')}
          <input value={phone} onChange={(event) => setPhone(event.target.value)} aria-invalid={invalidField === 'phone' || error?.code === 'not_a_phone_number'} data-testid="new-customer-phone" />
        </label>
        {error && (problem ? <p className="error-notice" role="alert">{t(problem)}</p> : <ErrorNotice error={error} />)}
        {linkError && (
          <p className="error-notice" role="alert" title={linkError === 'not-stored' ? undefined : errorText(linkError)}>
            {t('screenPop.chooseFailed')}
          </p>
        )}
        <button type="submit" className="button button--primary" data-testid="new-customer-create">
          {t('screenPop.create')}
        </button>
      </form>
    </section>
  );
}
