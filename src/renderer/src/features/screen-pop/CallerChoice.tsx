import { Button } from '@mantine/core';
import { useContract } from '../../ui/contract-context';
import { useContractQuery } from '../../ui/use-contract-query';
import { TierBadge } from '../../ui/TierBadge';
import { Busy } from '../../ui/Busy';

/** One of the customers a shared number belongs to: enough to tell them apart. */
export function CallerChoice({ customerId, onChoose }: { customerId: number; onChoose(): void }) {
  const contract = useContract();
  const profile = useContractQuery(`customer:${customerId}`, () => contract.call('customers.get', { customerId }));
  if (profile.status !== 'ready') return <Busy />;
  const customer = profile.value;
  return (
    <Button variant="default" fullWidth justify="flex-start" className="screen-pop__choice" onClick={onChoose} data-testid="caller-choice">
      {customer.displayName} <TierBadge tier={customer.tier} />
      {customer.company && <span className="muted"> · {customer.company}</span>}
    </Button>
  );
}
