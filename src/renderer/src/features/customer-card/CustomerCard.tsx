import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useContract } from '../../ui/contract-context';
import { useContractQuery } from '../../ui/use-contract-query';
import { CustomerFacts } from './CustomerFacts';
import { OpenPromises } from './OpenPromises';
import { TierBadge } from '../../ui/TierBadge';
import { Timeline } from './Timeline';
import { useNow } from '../../ui/use-now';
import { useCustomerRevision } from '../../ui/use-customer-revision';
import { Busy } from '../../ui/Busy';
import { Badge } from '@mantine/core';

/**
 * Who the customer is, what we owe them, and everything that happened,
 * newest first. Rendered keyed by the customer: its state is one customer's.
 */
export function CustomerCard({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const contract = useContract();
  const nameId = useId();
  const now = useNow();
  // A wrap-up or a promise changed for this customer (their next call, a promise kept): the card reloads in place.
  const revision = useCustomerRevision(customerId);
  const profile = useContractQuery(`customer:${customerId}:${revision}`, () => contract.call('customers.get', { customerId }), { keepPrevious: true });

  if (profile.status === 'failed') return <ErrorNotice error={profile.error} />;
  if (profile.status !== 'ready') return <Busy />;
  const customer = profile.value;

  return (
    <article className={`customer-card customer-card--${customer.tier}`} data-testid="customer-card" aria-labelledby={nameId}>
      <header className="customer-card__header">
        <h2 id={nameId}>
          {customer.displayName} <TierBadge tier={customer.tier} />
        </h2>
        {customer.company && <p className="customer-card__company">{customer.company}</p>}
        {customer.tags.length > 0 && (
          <ul className="tags" aria-label={t('customer.tags')}>
            {customer.tags.map((tag) => (
              <Badge key={tag} component="li" variant="light" radius="sm">
                {tag}
              </Badge>
            ))}
          </ul>
        )}
      </header>
      <OpenPromises promises={customer.openPromises} now={now} />
      <CustomerFacts customer={customer} />
      <Timeline key={revision} customerId={customerId} now={now} />
    </article>
  );
}
