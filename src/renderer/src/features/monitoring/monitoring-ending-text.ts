import type { TFunction } from 'i18next';
import { grantRefusalReasons } from '@shared/domain/supervision';
import type { MonitoringEnding } from '../../core/phone/monitoring-signals';

const refusalReasons: ReadonlySet<string> = new Set(grantRefusalReasons);

/** Why a monitoring session ended, in the supervisor's language: a refused grant says which of its rules failed. */
export function monitoringEndingText(t: TFunction, ending: MonitoringEnding): string {
  if (ending.reason === 'grant-refused' && ending.detail !== null && refusalReasons.has(ending.detail)) return t(`errors.supervision_grant_refused.${ending.detail}`);
  return t(`monitoring.ending.${ending.reason}`);
}
