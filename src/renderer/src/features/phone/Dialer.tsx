import { useCallback, useRef, useState, type FormEvent } from 'react';
import type { DialRequest } from '@shared/domain/dial-link';
import { looksLikePhoneNumber } from '@shared/domain/phone-number';
import { Alert, Button, TextInput, Tooltip } from '@mantine/core';
import { dialableE164 } from '../../ui/phone-format';
import { useTranslation } from 'react-i18next';
import { usePhoneValue, useSoftphone } from './phone-context';
import { CallStatus } from './CallStatus';
import { MediaHealthIndicator } from './MediaHealthIndicator';
import { shortcutLabel } from './phone-shortcuts';
import { useDialRequests } from './use-dial-requests';
import { usePhoneShortcuts } from './use-phone-shortcuts';

type BadDialLink = Extract<DialRequest, { ok: false }>;

/**
 * Number or SIP address in, call out; the same button hangs up; redial calls
 * the last number again. A typed number is dialled in E.164, read with the
 * default country when it has none. A tel:/sip: link fills it in, ready for
 * Enter; a link that holds nothing to dial says what is wrong with it.
 */
export function Dialer({ defaultCountry }: { defaultCountry: string }) {
  const { t } = useTranslation();
  const softphone = useSoftphone();
  // Urgent: Call turns into Hang up as the call starts, and the agent may press it at once.
  const registered = usePhoneValue(({ registration }) => registration.status === 'registered', 'urgent');
  const callStatus = usePhoneValue(({ call }) => call.status, 'urgent');
  const [target, setTarget] = useState('');
  const [badLink, setBadLink] = useState<BadDialLink | null>(null);
  const [lastDialed, setLastDialed] = useState<string | null>(null);
  const inCall = callStatus === 'dialing' || callStatus === 'ringing' || callStatus === 'established' || callStatus === 'ending';
  const input = useRef<HTMLInputElement>(null);
  usePhoneShortcuts(useCallback(() => input.current?.focus(), []));
  useDialRequests(
    useCallback((request: DialRequest) => {
      if (!request.ok) {
        setBadLink(request);
        return;
      }
      setBadLink(null);
      setTarget(request.target);
      input.current?.focus();
    }, []),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (inCall) void softphone.hangup();
    else if (target.trim() !== '') {
      const typed = target.trim();
      const dialed = looksLikePhoneNumber(typed) ? (dialableE164(typed, defaultCountry) ?? typed.replace(/[^\d+]/g, '')) : typed;
      setLastDialed(dialed);
      void softphone.dial(dialed);
    }
  };

  return (
    <form className="dialer" onSubmit={submit} aria-label={t('phone.dialerLabel')}>
      <TextInput
        ref={input}
        size="xs"
        classNames={{ root: 'dialer__field', input: 'bar-input' }}
        aria-keyshortcuts={shortcutLabel('dial')}
        value={target}
        onChange={(event) => {
          setTarget(event.currentTarget.value);
          setBadLink(null);
        }}
        placeholder={t('phone.dialPlaceholder')}
        aria-label={t('phone.dialPlaceholder')}
        disabled={inCall}
        data-testid="dial-input"
      />
      <Tooltip label={shortcutLabel('hangUp')} disabled={!inCall}>
        <Button
          type="submit"
          size="xs"
          color={inCall ? 'danger' : 'answer'}
          disabled={!inCall && (!registered || callStatus === 'incoming')}
          data-testid={inCall ? 'hangup-button' : 'call-button'}
          aria-keyshortcuts={inCall ? shortcutLabel('hangUp') : undefined}
        >
          {inCall ? t('phone.hangUp') : t('phone.call')}
        </Button>
      </Tooltip>
      {!inCall && lastDialed && callStatus !== 'incoming' && (
        <Tooltip label={lastDialed}>
          <Button
            size="xs"
            variant="outline"
            color="gray.3"
            disabled={!registered}
            onClick={() => void softphone.dial(lastDialed)}
            data-testid="redial-button"
          >
            {t('phone.redial')}
          </Button>
        </Tooltip>
      )}
      <CallStatus />
      <MediaHealthIndicator />
      {badLink && (
        <Alert className="dialer__bad-link" color="danger" variant="filled" p={4} role="alert" data-testid="dial-link-problem" data-problem={badLink.problem}>
          {t(`phone.dialLink.${badLink.problem}`, { link: badLink.link })}
        </Alert>
      )}
    </form>
  );
}
