import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardAlertKind, BoardAlertRules } from '@shared/domain/board-alerts';

/** An alert in the supervisor's language, with the limit it crossed. */
export function useAlertText(rules: BoardAlertRules): (kind: BoardAlertKind) => string {
  const { t } = useTranslation();
  return useCallback(
    (kind: BoardAlertKind) => {
      switch (kind) {
        case 'long-call':
          return t('board.alert.longCall', { minutes: rules.callLongerThanMinutes });
        case 'long-wrap-up':
          return t('board.alert.longWrapUp', { minutes: rules.wrapUpLongerThanMinutes });
        case 'long-not-ready':
          return t('board.alert.longNotReady', { minutes: rules.notReadyLongerThanMinutes });
        case 'offline-in-shift':
          return t('board.alert.offlineInShift');
      }
    },
    [t, rules],
  );
}
