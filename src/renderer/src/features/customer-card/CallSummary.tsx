import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '@shared/domain/customer';
import { formatDuration } from '../../ui/format';
import { usePhoneFormat } from '../../ui/phone-format';
import { useUiLanguage } from '../../ui/use-ui-language';

type CallEntry = Extract<TimelineEntry, { kind: 'call' }>;

const directionArrow = { inbound: '↙', outbound: '↗' } as const;

/** A call in the history: which way, the customer's number, how it ended, and how it was coded. */
export function CallSummary({ call }: { call: CallEntry }) {
  const formatPhone = usePhoneFormat();
  const { t } = useTranslation();
  const language = useUiLanguage();
  const customerNumber = call.direction === 'inbound' ? call.fromNumber : call.toNumber;
  const details = [call.durationSec !== null ? formatDuration(call.durationSec) : null, call.agent].filter((detail) => detail !== null);

  return (
    <>
      <span className="timeline__title">
        <span className={`call-direction call-direction--${call.direction}`} aria-hidden="true">
          {directionArrow[call.direction]}
        </span>{' '}
        {t(`call.direction.${call.direction}`)} · <span title={customerNumber}>{formatPhone(customerNumber)}</span>
      </span>
      <span className="timeline__details">
        <span className={`call-outcome call-outcome--${call.outcome ?? 'live'}`}>{call.outcome ? t(`call.outcome.${call.outcome}`) : t('call.inProgress')}</span>
        {details.map((detail) => ` · ${detail}`)}
      </span>
      {call.customerWanted && <span className="timeline__text">{t('call.customerWanted', { text: call.customerWanted })}</span>}
      {call.weOffered && <span className="timeline__text">{t('call.weOffered', { text: call.weOffered })}</span>}
      {(call.disposition || call.rootCauses.length > 0) && (
        <span className="timeline__codes">
          {call.disposition && (
            <Badge variant="light" radius="sm">
              <span className="visually-hidden">{t('call.disposition')}: </span>
              {call.disposition.label[language]}
            </Badge>
          )}
          {call.rootCauses.map((cause) => (
            <Badge key={cause.code} variant="light" color="gray" radius="sm">
              <span className="visually-hidden">{t('call.rootCause')}: </span>
              {cause.label[language]}
            </Badge>
          ))}
        </span>
      )}
    </>
  );
}
