import type { TFunction } from 'i18next';
import type { MonitoringEnding } from '../../core/phone/monitoring-signals';

/** Why a monitoring session ended, in the supervisor's language, with the grant refusal's own reason when there is one. */
export function monitoringEndingText(t: TFunction, ending: MonitoringEnding): string {
  const text = t(`monitoring.ending.${ending.reason}`);
  if (ending.reason !== 'grant-refused' && ending.reason !== 'grant-not-issued') return text;
  if (ending.detail === null) return text;
  return `${text}: ${t(`monitoring.grantRefusal.${ending.detail}`, { defaultValue: t('monitoring.grantRefusal.other', { code: ending.detail }) })}`;
}
