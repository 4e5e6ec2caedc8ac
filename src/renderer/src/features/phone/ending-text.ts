import type { TFunction } from 'i18next';
import type { CallEnding } from '@shared/domain/call-ending';

/** Why a call ended, in the agent's language, with the SIP code when the server gave one. */
export function endingText(t: TFunction, ending: CallEnding): string {
  const reason = t(`phone.ending.${ending.reason}`);
  return ending.code === null || ending.code < 300 ? reason : t('phone.endingWithCode', { reason, code: ending.code });
}
