import { useTranslation } from 'react-i18next';
import { AgentState } from '../agent-state/AgentState';
import { Dialer } from '../phone/Dialer';
import { PhoneStatus } from '../phone/PhoneStatus';
import { SyncStatusBadge } from '../sync-status/SyncStatusBadge';
import { DemoDataBadge } from './DemoDataBadge';

/** Top of the console: the phone's registration, the dialer and the call, the data source and its sync, settings. */
export function CallBar({ onOpenSettings, defaultCountry }: { onOpenSettings: () => void; defaultCountry: string }) {
  const { t } = useTranslation();

  return (
    <header className="call-bar" data-testid="call-bar">
      <span className="brand">Parley</span>
      <PhoneStatus />
      <Dialer defaultCountry={defaultCountry} />
      <div className="call-bar__end">
        <DemoDataBadge />
        <SyncStatusBadge />
        <AgentState />
        <button type="button" className="button button--ghost" onClick={onOpenSettings} data-testid="settings-open">
          {t('settings.open')}
        </button>
      </div>
    </header>
  );
}
