import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePhoneFormat } from '../../ui/phone-format';
import type { LiveCallStage } from './call-stage';
import { useBackgroundCallStages, usePhoneValue, useSoftphone } from './phone-context';
import { callerNumber } from './caller-number';
import { CallerSummary } from './CallerSummary';
import { shortcutLabel } from './phone-shortcuts';

function partyLabel(call: LiveCallStage, formatPhone: (e164: string) => string): string {
  const number = callerNumber(call.remote, formatPhone);
  return call.remote.displayName ? `${call.remote.displayName} · ${number}` : number;
}

/**
 * The calls behind the one in focus: a call waiting (answering it holds the
 * current call first), a customer held during a consultation, the other
 * party of a conference.
 */
export function BackgroundCalls() {
  const { t } = useTranslation();
  const softphone = useSoftphone();
  const formatPhone = usePhoneFormat();
  // Urgent: a call waiting is answered or declined from here.
  const background = useBackgroundCallStages('urgent');
  const conference = usePhoneValue((state) => state.conference, 'urgent');
  if (background.length === 0) return null;
  return (
    <ul className="background-calls" aria-label={t('phone.background.label')} data-testid="background-calls">
      {background.map((call) => (
        <li key={call.id} className="background-call" data-testid="background-call" data-call={call.status} data-hold={call.status === 'established' ? call.hold : undefined}>
          <span className="background-call__state">
            {call.status === 'incoming' && t('phone.background.waiting')}
            {call.status === 'established' && (conference ? t('phone.background.inConference') : t(`phone.background.hold_${call.hold}`))}
            {(call.status === 'dialing' || call.status === 'ringing' || call.status === 'ending') && t(`phone.callStatus.${call.status}`)}
          </span>
          <span className="background-call__party" data-testid="background-call-party">
            {call.status === 'incoming' ? <CallerSummary call={call} compact /> : partyLabel(call, formatPhone)}
          </span>
          {call.status === 'incoming' && (
            <span role="alert" className="background-call__actions">
              <Button size="xs" color="answer" onClick={() => void softphone.answer()} aria-keyshortcuts={shortcutLabel('answer')} data-testid="answer-waiting-button">
                {t('phone.background.answerAndHold')}
              </Button>
              <Button size="xs" color="danger" onClick={() => void softphone.decline()} data-testid="decline-waiting-button">
                {t('phone.incoming.decline')}
              </Button>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
