import { Button } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '@shared/contract/error';
import { formatMoment } from '../../ui/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useContract } from '../../ui/contract-context';
import { useAgentName } from '../../ui/use-agent-name';
import { useContractQuery } from '../../ui/use-contract-query';
import { useEventRevision } from '../../ui/use-event-revision';
import { useNow } from '../../ui/use-now';

const always = () => true;

/**
 * Changes the CRM refused for good, each with the CRM's reason: sent again
 * once the CRM's side is fixed, or discarded (audited). Nothing is dropped
 * without someone choosing to.
 */
export function HeldEntries() {
  const { t, i18n } = useTranslation();
  const contract = useContract();
  const agentName = useAgentName();
  const now = useNow();
  const [asked, setAsked] = useState(0);
  // A sync round can hold new entries: the list follows the status.
  const rounds = useEventRevision('sync.status-changed', always);
  const held = useContractQuery(`held:${rounds}:${asked}`, () => contract.call('sync.held.list', {}), { keepPrevious: true });
  const [error, setError] = useState<ContractError | null>(null);
  const act = useCallback(
    async (call: () => ReturnType<typeof contract.call<'sync.held.retry'>>) => {
      const result = await call();
      setError(result.ok ? null : result.error);
      setAsked((count) => count + 1);
    },
    [contract],
  );
  if (held.status !== 'ready' || held.value.entries.length === 0) return null;

  return (
    <section className="held-entries" aria-labelledby="held-entries-title" data-testid="held-entries">
      <h3 id="held-entries-title">{t('crm.held.title')}</h3>
      <p className="muted">{t('crm.held.intro')}</p>
      <ul>
        {held.value.entries.map((entry) => (
          <li key={entry.key} data-testid="held-entry" data-kind={entry.kind}>
            <strong>{t(`crm.held.kind.${entry.kind}`)}</strong> · {t('crm.held.madeAt', { when: formatMoment(entry.createdAt, now, i18n.language) })}
            <p data-testid="held-entry-reason">{t('crm.held.reason', { reason: entry.reason })}</p>
            <Button variant="default" size="xs" mr="xs" onClick={() => void act(() => contract.call('sync.held.retry', { key: entry.key }))} data-testid="held-entry-retry">
              {t('crm.held.retry')}
            </Button>
            <Button
              variant="default"
              size="xs"
              onClick={() => void act(() => contract.call('sync.held.discard', { key: entry.key, by: agentName ?? t('wrapUp.unnamedAgent') }))}
              data-testid="held-entry-discard"
            >
              {t('crm.held.discard')}
            </Button>
          </li>
        ))}
      </ul>
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
