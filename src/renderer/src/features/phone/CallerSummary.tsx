import { useTranslation } from 'react-i18next';
import { useContract } from '../../ui/contract-context';
import { formatDuration } from '../../ui/format';
import { useContractQuery } from '../../ui/use-contract-query';
import { useNow } from '../../ui/use-now';
import { TierBadge } from '../../ui/TierBadge';
import { usePhoneFormat } from '../../ui/phone-format';
import type { LiveCallStage } from './call-stage';
import { callerNumber } from './caller-number';
import { useCallContext } from './phone-context';

/**
 * Who is calling, as the screen pop already knows it, on the ringing panel
 * itself: the customer's name, tier, company and language, the queue or
 * number they dialled, how long it has rung, and what is owed to them — so
 * the agent greets them knowing, without looking away from Answer.
 */
export function CallerSummary({ call, compact = false }: { call: LiveCallStage; compact?: boolean }) {
  const { t } = useTranslation();
  const contract = useContract();
  const formatPhone = usePhoneFormat();
  const context = useCallContext(call.sipCallId);
  const customerId = context?.customerId ?? null;
  const profile = useContractQuery(customerId === null ? null : `caller:${customerId}`, () => contract.call('customers.get', { customerId: customerId ?? 0 }));
  const now = useNow(1_000);
  const customer = profile.status === 'ready' ? profile.value : null;
  const name = customer?.displayName ?? call.remote.displayName;
  const overdue = customer?.openPromises.filter((promise) => promise.dueAt < now).length ?? 0;
  const open = customer?.openPromises.length ?? 0;
  // The address the call was sent to, when it is not the agent's own (a queue, a DID): it says what the caller wants.
  const dialed = context?.dialed && context.dialed !== context.local && call.direction === 'inbound' ? context.dialed : null;
  return (
    <div className={compact ? 'caller-summary caller-summary--compact' : 'caller-summary'} data-testid="caller-summary">
      <span className="caller-summary__who">
        {name && (
          <span className="caller-summary__name" data-testid="incoming-caller-name">
            {name}
          </span>
        )}
        {customer && <TierBadge tier={customer.tier} />}
        <span className="caller-summary__number" data-testid="incoming-caller-number">
          {callerNumber(call.remote, formatPhone)}
        </span>
      </span>
      <span className="caller-summary__facts">
        {customer?.company && <span>{customer.company}</span>}
        {customer?.preferredLanguage && <span>{t(`languageName.${customer.preferredLanguage}`)}</span>}
        {context?.matches?.length === 0 && <span data-testid="caller-unknown">{t('phone.incoming.unknownCaller')}</span>}
        {dialed && <span data-testid="caller-dialed">{t('phone.incoming.dialed', { address: dialed })}</span>}
        {open > 0 && (
          <span className={overdue > 0 ? 'caller-summary__owed caller-summary__owed--overdue' : 'caller-summary__owed'} data-testid="caller-promises">
            {overdue > 0 ? t('phone.incoming.promisesOverdue', { count: open, overdue }) : t('phone.incoming.promises', { count: open })}
          </span>
        )}
        <span className="caller-summary__ringing" data-testid="caller-ringing-for">
          {t('phone.incoming.ringingFor', { time: formatDuration(Math.max(0, Math.floor((now - call.startedAt) / 1_000))) })}
        </span>
      </span>
    </div>
  );
}
