import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isMissed, type MyCall } from '@shared/domain/my-calls';
import { formatDuration } from '../../ui/format';
import { usePhoneFormat } from '../../ui/phone-format';
import { useUiLanguage } from '../../ui/use-ui-language';
import { endingText } from '../phone/ending-text';
import { formatCallTime } from './call-time';

const directionArrow = { inbound: '↙', outbound: '↗' } as const;

interface MyCallRowProps {
  call: MyCall;
  now: number;
  /** The id of the note saying why Call back cannot dial now (null: it can); the note is shown once, above the list. */
  blockedNoteId: string | null;
  onCallBack(number: string): void;
  onOpenCustomer(customerId: number): void;
}

/** One of the agent's calls: when, which way, with whom, how it ended, how long they talked; and Call back. */
export function MyCallRow({ call, now, blockedNoteId, onCallBack, onOpenCustomer }: MyCallRowProps) {
  const formatPhone = usePhoneFormat();
  const { t } = useTranslation();
  const language = useUiLanguage();
  const missed = isMissed(call);
  const { customerId } = call;
  const number = formatPhone(call.number);
  const talkSeconds = call.answeredAt !== null && call.endedAt !== null ? Math.max(0, Math.round((call.endedAt - call.answeredAt) / 1000)) : null;
  const reason = call.endReason ? endingText(t, { reason: call.endReason, code: call.sipCode }) : undefined;

  return (
    <tr className={missed ? 'my-call my-call--missed' : 'my-call'} data-testid="my-call" data-outcome={call.outcome ?? 'live'} data-number={call.number}>
      <td className="my-call__when">
        <time dateTime={new Date(call.startedAt).toISOString()}>{formatCallTime(call.startedAt, now, language)}</time>
      </td>
      <td className="my-call__who">
        <span className={`call-direction call-direction--${call.direction}`} aria-hidden="true">
          {directionArrow[call.direction]}
        </span>
        <span className="visually-hidden">{t(`call.direction.${call.direction}`)}: </span>
        {customerId !== null && call.customerName ? (
          <button
            type="button"
            className="my-call__customer"
            onClick={() => onOpenCustomer(customerId)}
            aria-label={t('myCalls.openCustomer', { name: call.customerName })}
            title={call.number}
            data-testid="my-call-customer"
          >
            {call.customerName}
          </button>
        ) : (
          <span className="my-call__number" title={call.number} data-testid="my-call-number">
            {number}
          </span>
        )}
      </td>
      <td className="my-call__outcome" title={reason}>
        {call.outcome ? t(`call.outcome.${call.outcome}`) : t('call.inProgress')}
      </td>
      <td className="my-call__duration">{talkSeconds === null ? t('myCalls.noValue') : formatDuration(talkSeconds)}</td>
      <td className="my-call__action">
        <Button
          size="compact-sm"
          variant={missed ? 'filled' : 'light'}
          disabled={blockedNoteId !== null}
          aria-describedby={blockedNoteId ?? undefined}
          aria-label={t('myCalls.callBackTo', { number })}
          onClick={() => onCallBack(call.number)}
          data-testid="my-call-back"
        >
          {t('myCalls.callBack')}
        </Button>
      </td>
    </tr>
  );
}
