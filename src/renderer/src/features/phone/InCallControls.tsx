import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DtmfMethod } from '@shared/domain/settings';
import { usePhoneState, useSoftphone } from './phone-context';
import { shortcutLabel } from './phone-shortcuts';
import { useTransferShortcut } from './use-transfer-shortcut';

const keypad = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

/** Mute, hold, transfer (blind, or after consulting a colleague), conference and the keypad, for the call that is up. */
export function InCallControls({ dtmfMethod }: { dtmfMethod: DtmfMethod }) {
  const { t } = useTranslation();
  const softphone = useSoftphone();
  const { call, background, conference } = usePhoneState();
  const [transferTarget, setTransferTarget] = useState('');
  const transferInput = useRef<HTMLInputElement>(null);
  useTransferShortcut(transferInput);
  if (call.status !== 'established') return null;
  const target = transferTarget.trim();
  const transfer = (event: FormEvent) => {
    event.preventDefault();
    if (target !== '') void softphone.transfer(target);
  };
  const holdBusy = call.hold === 'holding' || call.hold === 'resuming';
  const reconnecting = call.reconnectingUntil !== null;
  // A second call that is up (held): the agent is consulting, and can hand over, join or swap.
  const consulting = !conference && background.some((other) => other.status === 'established');
  return (
    <div className="in-call-controls" role="group" aria-label={t('phone.controls.label')}>
      <button
        type="button"
        className="button button--ghost"
        aria-pressed={call.muted}
        onClick={() => softphone.setMuted(!call.muted)}
        aria-keyshortcuts={shortcutLabel('mute')}
        title={shortcutLabel('mute')}
        data-testid="mute-button"
      >
        {call.muted ? t('phone.controls.unmute') : t('phone.controls.mute')}
      </button>
      {!conference && (
        <button
          type="button"
          className="button button--ghost"
          aria-pressed={call.hold === 'on'}
          disabled={holdBusy || reconnecting}
          onClick={() => void softphone.setHold(call.hold !== 'on')}
          aria-keyshortcuts={shortcutLabel('hold')}
          title={shortcutLabel('hold')}
          data-testid="hold-button"
          data-hold={call.hold}
        >
          {t(`phone.controls.hold_${call.hold}`)}
        </button>
      )}
      {consulting && (
        <div className="consultation" role="group" aria-label={t('phone.consultation.label')}>
          <button type="button" className="button button--primary" disabled={reconnecting} onClick={() => void softphone.completeTransfer()} data-testid="complete-transfer-button">
            {t('phone.consultation.completeTransfer')}
          </button>
          <button type="button" className="button button--ghost" disabled={reconnecting || holdBusy} onClick={() => void softphone.startConference()} data-testid="conference-button">
            {t('phone.consultation.conference')}
          </button>
          <button type="button" className="button button--ghost" disabled={reconnecting || holdBusy} onClick={() => void softphone.swap()} data-testid="swap-button">
            {t('phone.consultation.swap')}
          </button>
        </div>
      )}
      {!consulting && !conference && (
        <form className="transfer" onSubmit={transfer} aria-label={t('phone.controls.transfer')}>
          <input
            ref={transferInput}
            aria-keyshortcuts={shortcutLabel('transfer')}
            className="dialer__input"
            value={transferTarget}
            onChange={(event) => setTransferTarget(event.target.value)}
            placeholder={t('phone.controls.transferPlaceholder')}
            aria-label={t('phone.controls.transferPlaceholder')}
            data-testid="transfer-input"
          />
          <button type="submit" className="button button--ghost" disabled={reconnecting} data-testid="transfer-button">
            {t('phone.controls.transfer')}
          </button>
          <button
            type="button"
            className="button button--ghost"
            disabled={reconnecting || target === ''}
            onClick={() => void softphone.consult(target)}
            data-testid="consult-button"
          >
            {t('phone.controls.consult')}
          </button>
        </form>
      )}
      <div className="keypad" role="group" aria-label={t('phone.controls.keypad')}>
        {keypad.map((tone) => (
          <button key={tone} type="button" className="keypad__key" onClick={() => void softphone.sendDtmf(tone, dtmfMethod)} data-testid={`keypad-${tone}`}>
            {tone}
          </button>
        ))}
      </div>
    </div>
  );
}
