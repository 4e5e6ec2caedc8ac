import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DtmfMethod } from '../../phone/softphone';
import { usePhoneState, useSoftphone } from './phone-context';
import { shortcutLabel } from './phone-shortcuts';

const keypad = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

/** Mute, hold and the keypad, for the call that is up. */
export function InCallControls({ dtmfMethod }: { dtmfMethod: DtmfMethod }) {
  const { t } = useTranslation();
  const softphone = useSoftphone();
  const { call } = usePhoneState();
  const [transferTarget, setTransferTarget] = useState('');
  if (call.status !== 'established') return null;
  const transfer = (event: FormEvent) => {
    event.preventDefault();
    if (transferTarget.trim() !== '') void softphone.transfer(transferTarget.trim());
  };
  const holdBusy = call.hold === 'holding' || call.hold === 'resuming';
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
      <button
        type="button"
        className="button button--ghost"
        aria-pressed={call.hold === 'on'}
        disabled={holdBusy}
        onClick={() => void softphone.setHold(call.hold !== 'on')}
        aria-keyshortcuts={shortcutLabel('hold')}
        title={shortcutLabel('hold')}
        data-testid="hold-button"
        data-hold={call.hold}
      >
        {t(`phone.controls.hold_${call.hold}`)}
      </button>
      <form className="transfer" onSubmit={transfer} aria-label={t('phone.controls.transfer')}>
        <input
          className="dialer__input"
          value={transferTarget}
          onChange={(event) => setTransferTarget(event.target.value)}
          placeholder={t('phone.controls.transferPlaceholder')}
          aria-label={t('phone.controls.transferPlaceholder')}
          data-testid="transfer-input"
        />
        <button type="submit" className="button button--ghost" data-testid="transfer-button">
          {t('phone.controls.transfer')}
        </button>
      </form>
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
