import { useTranslation } from 'react-i18next';
import { useContract } from '../../app/contract-context';
import { useContractQuery } from '../../app/use-contract-query';
import { AgentState } from '../agent-state/AgentState';
import { Dialer } from '../phone/Dialer';
import { PhoneStatus } from '../phone/PhoneStatus';

/** Top of the console: the phone's registration, the dialer and the call, the data source, settings. */
export function CallBar({ onOpenSettings }: { onOpenSettings: () => void }) {
  const { t } = useTranslation();
  const contract = useContract();
  const info = useContractQuery('app.info', () => contract.call('app.info', {}));

  return (
    <header className="call-bar" data-testid="call-bar">
      <span className="brand">Parley</span>
      <PhoneStatus />
      <Dialer />
      <div className="call-bar__end">
        {info.status === 'ready' && info.value.demoData && (
          <span className="badge badge--demo" data-testid="demo-badge" title={t('callBar.demoDataHint')}>
            {t('callBar.demoData', { count: info.value.customerCount })}
          </span>
        )}
        <AgentState />
        <button type="button" className="button button--ghost" onClick={onOpenSettings} data-testid="settings-open">
          {t('settings.open')}
        </button>
      </div>
    </header>
  );
}
