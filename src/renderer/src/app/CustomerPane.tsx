import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerCard } from '../features/customer-card/CustomerCard';
import { CustomerSearch } from '../features/customer-search/CustomerSearch';
import { ScreenPop } from '../features/screen-pop/ScreenPop';
import type { ManualChoice } from '../features/screen-pop/customer-on-screen';
import { useCustomerOnScreen } from '../features/screen-pop/use-customer-on-screen';

/**
 * The desk's customer pane: the screen pop, the search and the card of the
 * customer on screen. It follows the call in view itself, so a call moving on
 * renders this pane, not the console around it.
 */
export function CustomerPane({ manual, onOpen }: { manual: ManualChoice | null; onOpen(customerId: number): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const customerId = useCustomerOnScreen(manual);
  return (
    <section className="pane customer-pane" aria-labelledby={titleId}>
      <h2 id={titleId} className="pane__title">
        {t('customer.paneTitle')}
      </h2>
      <ScreenPop />
      <CustomerSearch onOpen={onOpen} />
      {customerId !== null && <CustomerCard key={customerId} customerId={customerId} />}
    </section>
  );
}
