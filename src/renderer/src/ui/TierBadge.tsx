import { useTranslation } from 'react-i18next';
import type { Tier } from '@shared/domain/customer';

/** VIP and key customers stand out; standard ones carry no badge. */
export function TierBadge({ tier }: { tier: Tier }) {
  const { t } = useTranslation();
  if (tier === 'standard') return null;
  return <span className={`badge badge--${tier}`}>{t(`tier.${tier}`)}</span>;
}
