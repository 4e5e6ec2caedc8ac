import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerPromise } from '@shared/domain/customer';
import { formatDateTime, formatElapsed, formatRelative } from '../../ui/format';
import { useUiLanguage } from '../../ui/use-ui-language';
import { PromiseActions } from './PromiseActions';
import { PromiseOwner } from './PromiseOwner';

/** What we promised and have not done yet: first on the card, overdue ones in red with how late they are, each to mark kept or broken or change. */
export function OpenPromises({ promises, now }: { promises: CustomerPromise[]; now: number }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const titleId = useId();
  if (promises.length === 0) return null;
  return (
    <section className="open-promises" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('promise.openTitle', { count: promises.length })}</h3>
      <ul>
        {promises.map((promise) => {
          const overdue = promise.dueAt < now;
          return (
            <li key={promise.id} className={overdue ? 'promise promise--overdue' : 'promise'} data-testid="open-promise">
              <span className="promise__what">{promise.description}</span>
              <span className="promise__meta">
                <time className="promise__due" dateTime={new Date(promise.dueAt).toISOString()} title={formatDateTime(promise.dueAt, language)}>
                  {overdue
                    ? t('promise.overdue', { duration: formatElapsed(now - promise.dueAt, language) })
                    : t('promise.due', { when: formatRelative(promise.dueAt, now, language) })}
                </time>
                {' · '}
                <PromiseOwner promise={promise} />
              </span>
              <PromiseActions promise={promise} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
