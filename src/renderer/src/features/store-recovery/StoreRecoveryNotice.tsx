import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContract } from '../../ui/contract-context';
import { useContractQuery } from '../../ui/use-contract-query';

/** Tells the agent, once, that the database was damaged at start and what was done about it. */
export function StoreRecoveryNotice() {
  const { t } = useTranslation();
  const contract = useContract();
  const info = useContractQuery('app.info', () => contract.call('app.info', {}));
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || info.status !== 'ready' || info.value.storeRecovery === null) return null;
  const { keptAt, outboxRecovered, draftsRecovered, scriptsRecovered, scorecardFormsRecovered } = info.value.storeRecovery;

  const dismiss = () => {
    setDismissed(true);
    void contract.call('app.store-recovery.dismiss', {});
  };

  return (
    <section className="store-recovery-notice" role="alert" aria-labelledby="store-recovery-title" data-testid="store-recovery-notice">
      <h2 id="store-recovery-title">{t('storeRecovery.title')}</h2>
      <p>{t('storeRecovery.keptAt', { path: keptAt })}</p>
      <p>{t('storeRecovery.unsent', { count: outboxRecovered })}</p>
      {draftsRecovered > 0 && <p>{t('storeRecovery.drafts', { count: draftsRecovered })}</p>}
      {scriptsRecovered > 0 && <p>{t('storeRecovery.scripts', { count: scriptsRecovered })}</p>}
      {scorecardFormsRecovered > 0 && <p>{t('storeRecovery.scorecardForms', { count: scorecardFormsRecovered })}</p>}
      <p>{t('storeRecovery.refill')}</p>
      <Button variant="default" size="xs" onClick={dismiss} data-testid="store-recovery-dismiss">
        {t('storeRecovery.dismiss')}
      </Button>
    </section>
  );
}
