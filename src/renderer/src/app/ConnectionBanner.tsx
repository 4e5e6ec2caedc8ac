import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContract } from '../ui/contract-context';

/** Long enough to be read at a glance between two calls, short enough not to become wallpaper. */
const restoredNoticeMs = 4000;

/** Says the moment Parley is out of reach (the browser shell's host is gone), and again when it is back. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const contract = useContract();
  const [shown, setShown] = useState<'lost' | 'restored' | null>(null);

  useEffect(() => {
    let hide: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = contract.onConnectionChange((change) => {
      clearTimeout(hide);
      if (change === 'lost') {
        setShown('lost');
        return;
      }
      setShown('restored');
      hide = setTimeout(() => setShown(null), restoredNoticeMs);
    });
    return () => {
      clearTimeout(hide);
      unsubscribe();
    };
  }, [contract]);

  if (shown === null) return null;
  return (
    <div className={`connection-banner connection-banner--${shown}`} role="status" data-testid="connection-banner" data-connection={shown}>
      {t(shown === 'lost' ? 'connection.reconnecting' : 'connection.restored')}
    </div>
  );
}
