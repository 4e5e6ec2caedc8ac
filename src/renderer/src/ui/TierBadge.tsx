import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Tier } from '@shared/domain/customer';

const tierColor = { vip: 'yellow', key: 'violet' } as const;

/** VIP and key customers stand out; standard ones carry no badge. */
export function TierBadge({ tier }: { tier: Tier }) {
  const { t } = useTranslation();
  if (tier === 'standard') return null;
  return (
    <Badge className="tier-badge" color={tierColor[tier]} variant="light" size="sm">
      {t(`tier.${tier}`)}
    </Badge>
  );
}
