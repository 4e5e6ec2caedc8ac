import { Button } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Busy } from '../../ui/Busy';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useContract } from '../../ui/contract-context';
import { useContractQuery } from '../../ui/use-contract-query';
import { useCallContextUntilMovedOn } from '../phone/use-until-moved-on';
import { CallScript } from './CallScript';

/** The call script follows the call the phone shows; once the agent has moved on from it, the pane waits for the next. */
export function ScriptPane({ onEditScripts }: { onEditScripts(): void }) {
  const { t } = useTranslation();
  const contract = useContract();
  const titleId = useId();
  const call = useCallContextUntilMovedOn();
  const interactionId = call?.interactionId ?? null;
  const customerId = call?.customerId ?? null;
  // Asked once per call: the versions current when it started are the ones it keeps.
  const setup = useContractQuery(interactionId === null ? null : `call-script:${interactionId}`, async () => {
    const [list, run] = await Promise.all([contract.call('scripts.list', {}), contract.call('scripts.run.get', { interactionId: interactionId ?? 0 })]);
    if (!list.ok) return list;
    if (!run.ok) return run;
    return { ok: true as const, value: { scripts: list.value.scripts, run: run.value.run } };
  });
  const customer = useContractQuery(customerId === null ? null : `customer:${customerId}`, () => contract.call('customers.get', { customerId: customerId ?? 0 }));
  const account = useContractQuery(interactionId === null ? null : 'phone-account', () => contract.call('phone.account.get', {}));

  const body = () => {
    if (call === null) return <p className="empty-state">{t('script.empty')}</p>;
    if (setup.status === 'failed') return <ErrorNotice error={setup.error} />;
    // The customer's tier picks the script and their tone colours it: wait for them (a short local lookup).
    if (interactionId === null || setup.status !== 'ready' || customer.status === 'loading') return <Busy />;
    return (
      <CallScript
        key={interactionId}
        call={{ ...call, interactionId }}
        scripts={setup.value.scripts}
        saved={setup.value.run}
        customer={customer.status === 'ready' ? customer.value : null}
        agentName={account.status === 'ready' ? (account.value.account?.displayName ?? null) : null}
      />
    );
  };
  return (
    <section className="pane script-pane" aria-labelledby={titleId} data-testid="script-pane">
      <header className="pane__header">
        <h2 id={titleId} className="pane__title">
          {t('script.title')}
        </h2>
        <Button variant="default" size="xs" onClick={onEditScripts} data-testid="script-editor-open">
          {t('scriptEditor.open')}
        </Button>
      </header>
      {body()}
    </section>
  );
}
