import { useTranslation } from 'react-i18next';
import type { CustomerPromise } from '@shared/domain/customer';
import { formatDateTime, formatRelative } from '../../app/format';
import { useNow } from './use-now';

/** What we promised and have not done yet: first on the card, overdue ones in red. */
export function OpenPromises({ promises }: { promises: CustomerPromise[] }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  if (promises.length === 0) return null;
  return (
    <section className="open-promises" aria-labelledby="open-promises-title">
      <h3 id="open-promises-title">{t('promise.openTitle', { count: promises.length })}</h3>
      <ul>
        {promises.map((promise) => {
          const overdue = promise.dueAt < now;
          return (
            <li key={promise.id} className={overdue ? 'promise promise--overdue' : 'promise'} data-testid="open-promise">
              <span className="promise__what">{promise.description}</span>
              <span className="promise__meta">
                {t(`promise.owner.${promise.ownerType}`, { name: promise.ownerName })} ·{' '}
                <time dateTime={new Date(promise.dueAt).toISOString()} title={formatDateTime(promise.dueAt, i18n.language)}>
                  {overdue
                    ? t('promise.overdue', { when: formatRelative(promise.dueAt, now, i18n.language) })
                    : t('promise.due', { when: formatRelative(promise.dueAt, now, i18n.language) })}
                </time>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
