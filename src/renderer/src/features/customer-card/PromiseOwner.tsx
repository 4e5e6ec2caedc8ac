import { useTranslation } from 'react-i18next';
import type { CustomerPromise } from '@shared/domain/customer';

/** Who answers for a promise: the agent who gave it, a team, or a named colleague. */
export function PromiseOwner({ promise }: { promise: CustomerPromise }) {
  const { t } = useTranslation();
  return <>{t(`promise.owner.${promise.ownerType}`, { name: promise.ownerName })}</>;
}
