import { useTranslation } from 'react-i18next';
import { useConnected } from './contract-context';

export function ConnectionBanner() {
  const { t } = useTranslation();
  if (useConnected()) return null;
  return (
    <div className="connection-banner" role="status" data-testid="connection-banner">
      {t('connection.reconnecting')}
    </div>
  );
}
