import type { CustomerHit } from '@shared/domain/customer';
import { usePhoneFormat } from '../../ui/phone-format';
import { TierBadge } from '../../ui/TierBadge';

interface SearchResultProps {
  hit: CustomerHit;
  optionId: string;
  active: boolean;
  onOpen(): void;
}

/** One matching customer: who they are at a glance, and the number that matched. */
export function SearchResult({ hit, optionId, active, onOpen }: SearchResultProps) {
  const formatPhone = usePhoneFormat();
  const classes = ['search-result', `search-result--${hit.tier}`, active ? 'search-result--active' : ''];
  return (
    <li
      id={optionId}
      role="option"
      aria-selected={active}
      className={classes.join(' ').trim()}
      // The cursor stays in the search box, so the agent can keep typing after a click.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onOpen}
      data-testid="customer-search-result"
    >
      <span className="search-result__name">
        {hit.displayName} <TierBadge tier={hit.tier} />
      </span>
      <span className="search-result__details">
        {hit.phone && (
          <span className="search-result__phone" title={hit.phone}>
            {formatPhone(hit.phone)}
          </span>
        )}
        {hit.company && <span>{hit.company}</span>}
        {hit.email && <span>{hit.email}</span>}
      </span>
    </li>
  );
}
