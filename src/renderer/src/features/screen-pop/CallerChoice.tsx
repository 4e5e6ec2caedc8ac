import { useTranslation } from 'react-i18next';
import { useContract } from '../../ui/contract-context';
import { useContractQuery } from '../../ui/use-contract-query';
import { TierBadge } from '../../ui/TierBadge';

/** One of the customers a shared number belongs to: enough to tell them apart. */
export function CallerChoice({ customerId, onChoose }: { customerId: number; onChoose(): void }) {
  const { t } = useTranslation();
  const contract = useContract();
  const profile = useContractQuery(`customer:${customerId}`, () => contract.call('customers.get', { customerId }));
  if (profile.status !== 'ready') return <span className="muted">{t('common.loading')}</span>;
  const customer = profile.value;
  return (
    <button type="button" className="button screen-pop__choice" onClick={onChoose} data-testid="caller-choice">
      {customer.displayName} <TierBadge tier={customer.tier} />
      {customer.company && <span className="muted"> · {customer.company}</span>}
    </button>
  );
}
