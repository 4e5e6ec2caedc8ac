import { useTranslation } from 'react-i18next';
import type { CustomerProfile } from '@shared/domain/customer';
import { formatDateTime } from '../../ui/format';
import { usePhoneFormat } from '../../ui/phone-format';
import { useUiLanguage } from '../../ui/use-ui-language';

/** How to talk to the customer and how to reach them. */
export function CustomerFacts({ customer }: { customer: CustomerProfile }) {
  const formatPhone = usePhoneFormat();
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <dl className="customer-facts">
      <dt>{t('customer.language')}</dt>
      <dd>{customer.preferredLanguage ? t(`languageName.${customer.preferredLanguage}`) : t('common.unknown')}</dd>
      <dt>{t('customer.tone')}</dt>
      <dd>{t(`tone.${customer.preferredTone}`)}</dd>
      <dt>{t('customer.phones')}</dt>
      <dd>
        {customer.phones.length === 0 && t('common.none')}
        <ul className="phone-list">
          {customer.phones.map((phone) => (
            <li key={phone.e164}>
              {formatPhone(phone.e164)}
              {/* Known labels are translated; anything else the CRM sent is shown as it came. */}
              {phone.label && <span className="muted"> · {t(`customer.phoneLabel.${phone.label}`, { defaultValue: phone.label })}</span>}
              <span className="e164">{phone.e164}</span>
            </li>
          ))}
        </ul>
      </dd>
      {customer.email && (
        <>
          <dt>{t('customer.email')}</dt>
          <dd>{customer.email}</dd>
        </>
      )}
      <dt>{t('customer.calls')}</dt>
      <dd>
        {t('customer.callCount', { count: customer.callCount })}
        {customer.lastContactAt !== null && ` · ${t('customer.lastContact', { when: formatDateTime(customer.lastContactAt, language) })}`}
      </dd>
    </dl>
  );
}
