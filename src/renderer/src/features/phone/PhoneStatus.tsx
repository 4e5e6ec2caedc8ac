import { Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePhoneRegistration } from './phone-context';

/**
 * The true registration state, and why when it is down: never "registered"
 * on faith. The state itself never shortens; the reason after it does, with
 * the whole of it in the tooltip.
 */
export function PhoneStatus() {
  const { t } = useTranslation();
  const registration = usePhoneRegistration();
  const dot = registration.status === 'registered' ? 'on' : registration.status === 'failed' ? 'error' : 'off';
  const detail =
    registration.status === 'unconfigured'
      ? t('phone.configureHint')
      : registration.status === 'failed'
        ? `${t(`phone.failure.${registration.reason}`)}${registration.code !== null ? ` (${registration.code})` : ''}`
        : null;
  const label = t(`phone.registration.${registration.status}`);
  return (
    <Tooltip label={detail ? `${label}: ${detail}` : label} disabled={!detail}>
      <div className="phone-status" role="status" data-testid="phone-status" data-registration={registration.status}>
        <span className={`status-dot status-dot--${dot}`} aria-hidden="true" />
        <span className="phone-status__state" data-testid="phone-status-state">
          {label}
        </span>
        {detail && (
          <span className="phone-status__detail" data-testid={registration.status === 'failed' ? 'phone-failure' : 'phone-hint'} data-reason={registration.status === 'failed' ? registration.reason : undefined}>
            {detail}
          </span>
        )}
      </div>
    </Tooltip>
  );
}
