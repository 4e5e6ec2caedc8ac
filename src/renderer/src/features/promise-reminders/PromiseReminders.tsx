import { Button } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useContract } from '../../ui/contract-context';
import { formatElapsed, formatRelative } from '../../ui/format';
import { useAgentName } from '../../ui/use-agent-name';
import { useContractQuery } from '../../ui/use-contract-query';
import { useCustomerRevision } from '../../ui/use-customer-revision';
import { useNow } from '../../ui/use-now';
import { useUiLanguage } from '../../ui/use-ui-language';

/** How far ahead a promise starts to remind its owner. */
const remindMinutes = 60;

/** The agent's own promises due within the hour, or already late: each opens its customer. */
export function PromiseReminders({ onOpen }: { onOpen(customerId: number): void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const contract = useContract();
  const titleId = useId();
  const owner = useAgentName();
  const changes = useCustomerRevision(null);
  const now = useNow();
  const due = useContractQuery(
    owner ? `due-soon:${owner}:${changes}:${now}` : null,
    () => contract.call('promises.due-soon', { ownerName: owner ?? '', withinMinutes: remindMinutes }),
    { keepPrevious: true },
  );
  if (due.status !== 'ready' || due.value.promises.length === 0) return null;

  return (
    <section className="promise-reminders" aria-labelledby={titleId} data-testid="promise-reminders">
      <h2 id={titleId} className="promise-reminders__title">
        {t('reminders.title', { count: due.value.promises.length })}
      </h2>
      <ul>
        {due.value.promises.map((promise) => (
          <li key={promise.id} className={promise.dueAt < now ? 'promise promise--overdue' : 'promise'} data-testid="promise-reminder">
            <span className="promise__what">{promise.description}</span>{' '}
            <span className="promise__due">
              {promise.dueAt < now
                ? t('promise.overdue', { duration: formatElapsed(now - promise.dueAt, language) })
                : t('promise.due', { when: formatRelative(promise.dueAt, now, language) })}
            </span>{' '}
            <Button variant="default" size="compact-sm" onClick={() => onOpen(promise.customerId)}>
              {t('reminders.open')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
