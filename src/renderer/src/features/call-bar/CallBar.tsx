import { useTranslation } from 'react-i18next';
import { useContract } from '../../app/contract-context';
import { useContractQuery } from '../../app/use-contract-query';
import { AgentState } from '../agent-state/AgentState';

/** Top of the console: the phone's place (not connected until telephony is configured), data source, settings. */
export function CallBar({ onOpenSettings }: { onOpenSettings: () => void }) {
  const { t } = useTranslation();
  const contract = useContract();
  const info = useContractQuery('app.info', () => contract.call('app.info', {}));

  return (
    <header className="call-bar" data-testid="call-bar">
      <span className="brand">Parley</span>
      <div className="phone-status" role="status">
        <span className="status-dot status-dot--off" aria-hidden="true" />
        <span>{t('callBar.phoneNotConnected')}</span>
        <span className="muted">{t('callBar.phoneNotConfiguredHint')}</span>
      </div>
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
