import type { Session, URI } from 'sip.js';
import type { PhoneLine } from './phone-line';

/**
 * How long a transfer may go without the far end reporting the new call
 * answered. A colleague who does not pick up within it counts as no answer,
 * and the customer stays with the agent.
 */
export const transferReportLimitMs = 30_000;

/** The status code of a REFER NOTIFY's sipfrag body ("SIP/2.0 180 Ringing"). */
export function sipfragStatus(body: string): number | null {
  const code = /^SIP\/2\.0 (\d{3})/m.exec(body)?.[1];
  return code === undefined ? null : Number(code);
}

/**
 * Asks the far end of `line` to call `referTo` (REFER): a colleague's
 * address for a blind transfer, or our consultation call for an attended
 * one (with Replaces). Our leg stays up while the far end reports how the
 * new call goes; it is hung up as transferred only once that call was
 * answered. A refused REFER, a busy or absent colleague, or no report in
 * time leave the customer with the agent, and the line says why.
 * Resolves with whether the transfer completed.
 */
export function transferCall(line: PhoneLine, referTo: URI | Session): Promise<boolean> {
  line.dispatch({ type: 'transfer-requested' });
  if (line.model.transfer?.stage !== 'asking') return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    const settleIfDone = () => {
      const stage = line.model.transfer?.stage;
      if (line.ended || stage === 'failed') {
        clearTimeout(limit);
        resolve(false);
      } else if (stage === 'completed') {
        clearTimeout(limit);
        resolve(true);
      }
    };
    const limit = setTimeout(() => {
      line.dispatch({ type: 'transfer-timed-out' });
      settleIfDone();
    }, transferReportLimitMs);
    line.session
      .refer(referTo, {
        requestDelegate: {
          onAccept: () => line.dispatch({ type: 'transfer-accepted' }),
          onReject: (response) => {
            line.dispatch({ type: 'transfer-refused', code: response.message.statusCode ?? 500 });
            settleIfDone();
          },
        },
        onNotify: (notification) => {
          notification.accept().catch((error: unknown) => console.warn('A transfer report could not be acknowledged; its news is used all the same.', error));
          const code = sipfragStatus(notification.request.body);
          if (code === null) return;
          line.dispatch({ type: 'transfer-notified', code });
          settleIfDone();
        },
      })
      .catch((error: unknown) => {
        console.warn('The transfer request could not be sent.', error);
        line.dispatch({ type: 'transfer-refused', code: 503 });
        settleIfDone();
      });
  });
}
