import { useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useContract } from '../../ui/contract-context';
import { usePhoneFormat } from '../../ui/phone-format';
import { callerNumber } from './caller-number';
import { usePhoneValue } from './phone-context';

/** The agent may not see the console ring: another window is in front of it, or it is minimised or hidden. */
function consoleOutOfSight(): boolean {
  return document.visibilityState === 'hidden' || !document.hasFocus();
}

function notificationsAllowed(): boolean {
  return typeof Notification === 'function' && Notification.permission === 'granted';
}

/**
 * An OS notification while a call rings and the console is out of sight
 * (already, or once the agent switches away): who is calling, by name and
 * number. A click brings the console forward with the focus on Answer, so
 * Enter takes the call. It closes once the call is answered, declined or
 * gone. The console rings itself, so the notification is silent.
 */
export function useIncomingCallNotification(answerButton: RefObject<HTMLButtonElement | null>): void {
  const { t } = useTranslation();
  const contract = useContract();
  // Primitives, so that other changes to the phone's state neither close nor repeat the notification, nor
  // render the console again (this hook is in App: a call's media health changes the phone's state every second).
  const ringingId = usePhoneValue(({ call }) => (call.status === 'incoming' ? call.id : null));
  const callerName = usePhoneValue(({ call }) => (call.status === 'incoming' ? call.remote.displayName : null));
  const formatPhone = usePhoneFormat();
  const number = usePhoneValue(({ call }) => (call.status === 'incoming' ? callerNumber(call.remote, formatPhone) : null));

  useEffect(() => {
    // Asked once, up front: asking only when a call rings would put the question in a window the agent is not looking at.
    if (typeof Notification === 'function' && Notification.permission === 'default') void Notification.requestPermission();
  }, []);

  useEffect(() => {
    if (ringingId === null || number === null) return;
    let notification: Notification | null = null;
    const notify = () => {
      if (notification || !notificationsAllowed() || !consoleOutOfSight()) return;
      const shown = new Notification(t('phone.incoming.title'), {
        body: callerName ? `${callerName}\n${number}` : number,
        tag: `incoming-call-${ringingId}`,
        requireInteraction: true,
        silent: true,
      });
      shown.onclick = () => {
        window.focus();
        void contract.call('app.bring-to-front', {});
        answerButton.current?.focus();
        shown.close();
      };
      notification = shown;
    };
    notify();
    window.addEventListener('blur', notify);
    document.addEventListener('visibilitychange', notify);
    return () => {
      window.removeEventListener('blur', notify);
      document.removeEventListener('visibilitychange', notify);
      notification?.close();
    };
  }, [ringingId, callerName, number, t, contract, answerButton]);
}
