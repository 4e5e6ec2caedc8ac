import { useTranslation } from 'react-i18next';
import { usePhoneState } from './phone-context';

/** The true registration state, and why when it is down: never "registered" on faith. */
export function PhoneStatus() {
  const { t } = useTranslation();
  const { registration } = usePhoneState();
  const dot = registration.status === 'registered' ? 'on' : registration.status === 'failed' ? 'error' : 'off';
  return (
    <div className="phone-status" role="status" data-testid="phone-status" data-registration={registration.status}>
      <span className={`status-dot status-dot--${dot}`} aria-hidden="true" />
      <span>{t(`phone.registration.${registration.status}`)}</span>
      {registration.status === 'unconfigured' && <span className="muted">{t('phone.configureHint')}</span>}
      {registration.status === 'failed' && (
        <span className="muted" data-testid="phone-failure" data-reason={registration.reason}>
          {t(`phone.failure.${registration.reason}`)}
          {registration.code !== null && ` (${registration.code})`}
        </span>
      )}
    </div>
  );
}
