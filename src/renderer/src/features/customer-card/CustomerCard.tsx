import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { formatDateTime, formatPhone } from '../../app/format';
import { useContract } from '../../app/contract-context';
import { useContractQuery } from '../../app/use-contract-query';
import { OpenPromises } from './OpenPromises';
import { TierBadge } from './TierBadge';
import { TimelineEntryView } from './TimelineEntryView';
import { useTimeline } from './use-timeline';

/** Who the customer is, what we owe them, and everything that happened, newest first. */
export function CustomerCard({ customerId }: { customerId: number }) {
  const { t, i18n } = useTranslation();
  const contract = useContract();
  const profile = useContractQuery(`customer:${customerId}`, () => contract.call('customers.get', { customerId }));
  const timeline = useTimeline(customerId);

  if (profile.status === 'failed') return <ErrorNotice error={profile.error} />;
  if (profile.status !== 'ready') return <p className="muted">{t('common.loading')}</p>;
  const customer = profile.value;

  return (
    <article className={`customer-card customer-card--${customer.tier}`} data-testid="customer-card" aria-labelledby="customer-card-name">
      <header className="customer-card__header">
        <h2 id="customer-card-name">
          {customer.displayName} <TierBadge tier={customer.tier} />
        </h2>
        {customer.company && <p className="muted">{customer.company}</p>}
      </header>
      <dl className="customer-card__facts">
        <dt>{t('customer.language')}</dt>
        <dd>{customer.preferredLanguage ? t(`languageName.${customer.preferredLanguage}`) : t('common.unknown')}</dd>
        <dt>{t('customer.tone')}</dt>
        <dd>{t(`tone.${customer.preferredTone}`)}</dd>
        <dt>{t('customer.phones')}</dt>
        <dd>{customer.phones.map((phone) => formatPhone(phone.e164)).join(', ') || t('common.none')}</dd>
        {customer.email && (
          <>
            <dt>{t('customer.email')}</dt>
            <dd>{customer.email}</dd>
          </>
        )}
        <dt>{t('customer.calls')}</dt>
        <dd>
          {t('customer.callCount', { count: customer.callCount })}
          {customer.lastContactAt !== null && ` · ${t('customer.lastContact', { when: formatDateTime(customer.lastContactAt, i18n.language) })}`}
        </dd>
      </dl>
      {customer.tags.length > 0 && (
        <ul className="tags" aria-label={t('customer.tags')}>
          {customer.tags.map((tag) => (
            <li key={tag} className="chip">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <OpenPromises promises={customer.openPromises} />
      <section aria-labelledby="timeline-title">
        <h3 id="timeline-title">{t('timeline.title')}</h3>
        {timeline.error && <ErrorNotice error={timeline.error} />}
        {!timeline.loading && timeline.entries.length === 0 && !timeline.error && <p className="empty-state">{t('timeline.empty')}</p>}
        <ol className="timeline">
          {timeline.entries.map((entry) => (
            <TimelineEntryView key={`${entry.kind}:${entry.id}`} entry={entry} />
          ))}
        </ol>
        {timeline.hasMore && (
          <button type="button" className="button" onClick={timeline.loadMore} disabled={timeline.loading} data-testid="timeline-more">
            {timeline.loading ? t('common.loading') : t('timeline.showOlder')}
          </button>
        )}
      </section>
    </article>
  );
}
