import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { digitsOf, looksLikePhoneNumber, minimumPhoneDigits } from '@shared/domain/phone-number';
import { ErrorNotice } from '../../app/ErrorNotice';
import { formatPhone } from '../../app/format';
import { TierBadge } from '../customer-card/TierBadge';
import { useCustomerSearch } from './use-customer-search';

function isTypingElsewhere(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** As-you-type search over names, numbers, e-mails and notes; `/` or Ctrl+K jumps here. */
export function CustomerSearch({ onOpen }: { onOpen: (customerId: number) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const results = useCustomerSearch(query);
  const hits = results.status === 'ready' ? results.value : [];
  const tooFewDigits = looksLikePhoneNumber(query) && digitsOf(query).length < minimumPhoneDigits;

  useEffect(() => {
    const focusSearch = (event: globalThis.KeyboardEvent) => {
      const shortcut = (event.key === '/' && !isTypingElsewhere(event.target)) || (event.key === 'k' && (event.ctrlKey || event.metaKey));
      if (!shortcut) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', focusSearch);
    return () => window.removeEventListener('keydown', focusSearch);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0));
    else if (event.key === 'Enter' && hits[active]) onOpen(hits[active].id);
    else if (event.key === 'Escape') setQuery('');
    else return;
    event.preventDefault();
  };

  const showList = query.trim() !== '' && !tooFewDigits;
  return (
    <div className="customer-search" role="search">
      <label className="visually-hidden" htmlFor="customer-search-input">
        {t('search.label')}
      </label>
      <input
        id="customer-search-input"
        ref={input}
        className="customer-search__input"
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        aria-controls="customer-search-results"
        aria-activedescendant={hits[active] ? `customer-hit-${hits[active].id}` : undefined}
        data-testid="customer-search-input"
      />
      {tooFewDigits && <p className="hint">{t('search.tooFewDigits', { count: minimumPhoneDigits })}</p>}
      {showList && results.status === 'failed' && <ErrorNotice error={results.error} />}
      {showList && results.status === 'ready' && hits.length === 0 && (
        <p className="empty-state" data-testid="customer-search-empty">
          {t('search.noMatches')}
        </p>
      )}
      {showList && hits.length > 0 && (
        <ul id="customer-search-results" className="search-results" role="listbox" aria-label={t('search.resultsLabel')}>
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={`customer-hit-${hit.id}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'search-result search-result--active' : 'search-result'}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onOpen(hit.id)}
              data-testid="customer-search-result"
            >
              <span className="search-result__name">
                {hit.displayName} <TierBadge tier={hit.tier} />
              </span>
              <span className="search-result__details">
                {[hit.phone ? formatPhone(hit.phone) : null, hit.company, hit.email].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
