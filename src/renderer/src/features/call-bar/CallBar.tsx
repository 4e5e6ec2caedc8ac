import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AfterFirstScreen } from '../../ui/AfterFirstScreen';
import { AgentState } from '../agent-state/AgentState';
import { MyCallsButton } from '../agent-panel/MyCallsButton';
import { Dialer } from '../phone/Dialer';
import { PhoneStatus } from '../phone/PhoneStatus';
import { SupervisorIndicator } from '../monitoring/SupervisorIndicator';
import { SyncStatusBadge } from '../sync-status/SyncStatusBadge';
import { DemoDataBadge } from './DemoDataBadge';

/**
 * Top of the console, in two rows so that nothing the agent must see is ever
 * cut, in any language, at 1280 px: the state row (whether the phone works,
 * the agent's state, the data source and its sync, settings) and the call row
 * (the dialer and the call). Secondary details shorten to fit and keep their
 * full text in a tooltip; the phone's and the agent's state never shorten.
 */
export function CallBar({ onOpenSettings, onOpenCustomer, defaultCountry }: { onOpenSettings: () => void; onOpenCustomer: (customerId: number) => void; defaultCountry: string }) {
  const { t } = useTranslation();

  return (
    <header className="call-bar" data-testid="call-bar">
      {/* The rows keep their height while what is in them is built, just after the search box. */}
      <div className="call-bar__row">
        <span className="brand">Parley</span>
        <AfterFirstScreen>
          <PhoneStatus />
          <SupervisorIndicator />
          <div className="call-bar__end">
            <DemoDataBadge />
            <SyncStatusBadge />
            <AgentState />
            <Button size="xs" variant="outline" color="gray.3" onClick={onOpenSettings} data-testid="settings-open">
              {t('settings.open')}
            </Button>
          </div>
        </AfterFirstScreen>
      </div>
      <div className="call-bar__row call-bar__row--call">
        <AfterFirstScreen>
          <Dialer defaultCountry={defaultCountry} />
          <MyCallsButton onOpenCustomer={onOpenCustomer} />
        </AfterFirstScreen>
      </div>
    </header>
  );
}
