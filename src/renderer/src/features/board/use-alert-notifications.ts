import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardAlertRules } from '@shared/domain/board-alerts';
import type { BoardRow } from './board-rows';
import { useAlertText } from './use-alert-text';

function notificationsAllowed(): boolean {
  return typeof Notification === 'function' && Notification.permission === 'granted';
}

/**
 * With `notify` on, an OS notification when an alert starts to hold (once:
 * not again while it holds; again if it stops and starts again). The board
 * shows every alert either way.
 */
export function useAlertNotifications(rows: readonly BoardRow[], rules: BoardAlertRules): void {
  const { t } = useTranslation();
  const alertText = useAlertText(rules);
  const holding = useRef(new Set<string>());

  useEffect(() => {
    if (rules.notify && typeof Notification === 'function' && Notification.permission === 'default') void Notification.requestPermission();
  }, [rules.notify]);

  useEffect(() => {
    const now = new Set<string>();
    for (const row of rows) {
      for (const kind of row.alerts) {
        const key = `${row.agent.id}:${kind}`;
        now.add(key);
        if (holding.current.has(key) || !rules.notify || !notificationsAllowed()) continue;
        new Notification(t('board.alertNotification', { agent: row.agent.displayName }), { body: alertText(kind), tag: `board-${key}` });
      }
    }
    // Only what holds now is remembered: the set never grows past the board's rows.
    holding.current = now;
  }, [rows, rules.notify, t, alertText]);
}
