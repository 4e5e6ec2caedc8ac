import { Text, TextInput } from '@mantine/core';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { maxSearchQueryLength } from '@shared/contract/limits';
import type { CustomerHit } from '@shared/domain/customer';
import { minimumPhoneDigits } from '@shared/domain/phone-number';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SearchResult } from './SearchResult';
import { isTooShortNumber } from './too-short-number';
import { useCustomerSearch } from './use-customer-search';
import { useOpenBestMatch } from './use-open-best-match';
import { useSearchShortcut } from './use-search-shortcut';

/** As-you-type search over names, numbers, e-mails and notes; `/` or Ctrl+K jumps here, arrows and Enter pick. */
export function CustomerSearch({ onOpen }: { onOpen: (customerId: number) => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const [active, setActive] = useState(0);
  // Once a customer is opened the list folds away to give their card the room; typing, a click or an arrow unfolds it.
  const [listOpen, setListOpen] = useState(true);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  useSearchShortcut(input);
  const openBestMatch = useOpenBestMatch();

  const { query, setQuery, results, current } = useCustomerSearch();
  const hits = results.status === 'ready' ? results.value : [];
  const activeIndex = Math.min(active, hits.length - 1);
  const activeHit = hits[activeIndex];
  const tooShort = isTooShortNumber(query.trim());
  const searching = query.trim() !== '' && !tooShort;
  const optionId = (hit: CustomerHit) => `${ids}-customer-${hit.id}`;

  useEffect(() => {
    list.current?.children[activeIndex]?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, listOpen]);

  const open = (hit: CustomerHit) => {
    onOpen(hit.id);
    setListOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      if (listOpen) setActive(Math.min(activeIndex + 1, hits.length - 1));
      setListOpen(true);
    } else if (event.key === 'ArrowUp') {
      if (listOpen) setActive(Math.max(activeIndex - 1, 0));
      setListOpen(true);
    } else if (event.key === 'Enter' && searching) {
      // Never open a customer from an earlier query's results: this one's may differ.
      if (current && listOpen && activeHit) open(activeHit);
      else if (!current) openBestMatch(query.trim(), () => input.current?.value.trim() ?? '', open);
    } else if (event.key === 'Escape' && query !== '') {
      setQuery('');
      setActive(0);
    } else return;
    event.preventDefault();
  };

  const showList = searching && listOpen && hits.length > 0;
  return (
    <div className="customer-search" role="search" aria-label={t('search.label')}>
      <TextInput
        id={`${ids}-input`}
        ref={input}
        label={t('search.label')}
        labelProps={{ className: 'visually-hidden' }}
        type="search"
        autoComplete="off"
        spellCheck={false}
        maxLength={maxSearchQueryLength}
        placeholder={t('search.placeholder')}
        title={t('search.shortcutHint')}
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
          setListOpen(true);
        }}
        onClick={() => setListOpen(true)}
        onKeyDown={onKeyDown}
        aria-controls={showList ? `${ids}-results` : undefined}
        aria-activedescendant={showList && activeHit ? optionId(activeHit) : undefined}
        data-testid="customer-search-input"
      />
      <p className="visually-hidden" role="status">
        {searching && current ? t('search.resultCount', { count: hits.length }) : ''}
      </p>
      {tooShort && (
        <Text size="sm" c="dimmed" my={6}>
          {t('search.tooFewDigits', { count: minimumPhoneDigits })}
        </Text>
      )}
      {searching && results.status === 'failed' && <ErrorNotice error={results.error} />}
      {searching && results.status === 'ready' && hits.length === 0 && (
        <p className="empty-state" data-testid="customer-search-empty">
          {t('search.noMatches')}
        </p>
      )}
      {showList && (
        <ul
          id={`${ids}-results`}
          ref={list}
          className={current ? 'search-results' : 'search-results search-results--stale'}
          role="listbox"
          aria-label={t('search.resultsLabel')}
          aria-busy={!current}
        >
          {hits.map((hit, index) => (
            <SearchResult key={hit.id} hit={hit} optionId={optionId(hit)} active={index === activeIndex} onOpen={() => open(hit)} />
          ))}
        </ul>
      )}
    </div>
  );
}
