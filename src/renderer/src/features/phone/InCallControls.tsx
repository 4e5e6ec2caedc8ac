import { useRef, useState, type FormEvent } from 'react';
import { Button, Group, TextInput, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DtmfMethod } from '@shared/domain/settings';
import { inCallButton } from './in-call-button';
import { Keypad } from './Keypad';
import { usePhoneValue, useShownCallStage, useSoftphone } from './phone-context';
import { shortcutLabel } from './phone-shortcuts';
import { useTransferShortcut } from './use-transfer-shortcut';

/** Mute, hold, transfer (blind, or after consulting a colleague), conference and the keypad, for the call that is up. */
export function InCallControls({ dtmfMethod }: { dtmfMethod: DtmfMethod }) {
  const { t } = useTranslation();
  const softphone = useSoftphone();
  const call = useShownCallStage();
  const conference = usePhoneValue((state) => state.conference);
  // A second call that is up (held): the agent is consulting, and can hand over, join or swap.
  const consulting = usePhoneValue((state) => !state.conference && state.background.some((other) => other.status === 'established'));
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
  return (
    <div className="in-call-controls" role="group" aria-label={t('phone.controls.label')}>
      <Tooltip label={shortcutLabel('mute')}>
        <Button
          {...inCallButton}
          variant={call.muted ? 'filled' : 'outline'}
          color={call.muted ? 'yellow' : inCallButton.color}
          aria-pressed={call.muted}
          onClick={() => softphone.setMuted(!call.muted)}
          aria-keyshortcuts={shortcutLabel('mute')}
          data-testid="mute-button"
        >
          {call.muted ? t('phone.controls.unmute') : t('phone.controls.mute')}
        </Button>
      </Tooltip>
      {!conference && (
        <Tooltip label={shortcutLabel('hold')}>
          <Button
            {...inCallButton}
            variant={call.hold === 'on' ? 'filled' : 'outline'}
            color={call.hold === 'on' ? 'yellow' : inCallButton.color}
            aria-pressed={call.hold === 'on'}
            disabled={reconnecting}
            loading={holdBusy}
            onClick={() => void softphone.setHold(call.hold !== 'on')}
            aria-keyshortcuts={shortcutLabel('hold')}
            data-testid="hold-button"
            data-hold={call.hold}
          >
            {t(`phone.controls.hold_${call.hold}`)}
          </Button>
        </Tooltip>
      )}
      {consulting && (
        <Group gap={6} role="group" aria-label={t('phone.consultation.label')}>
          <Button size="xs" disabled={reconnecting} onClick={() => void softphone.completeTransfer()} data-testid="complete-transfer-button">
            {t('phone.consultation.completeTransfer')}
          </Button>
          <Button {...inCallButton} disabled={reconnecting || holdBusy} onClick={() => void softphone.startConference()} data-testid="conference-button">
            {t('phone.consultation.conference')}
          </Button>
          <Button {...inCallButton} disabled={reconnecting || holdBusy} onClick={() => void softphone.swap()} data-testid="swap-button">
            {t('phone.consultation.swap')}
          </Button>
        </Group>
      )}
      {!consulting && !conference && (
        <form className="transfer" onSubmit={transfer} aria-label={t('phone.controls.transfer')}>
          <Tooltip label={t('phone.controls.transferPlaceholder')}>
            <TextInput
              ref={transferInput}
              size="xs"
              classNames={{ root: 'transfer__field', input: 'bar-input' }}
              aria-keyshortcuts={shortcutLabel('transfer')}
              value={transferTarget}
              onChange={(event) => setTransferTarget(event.currentTarget.value)}
              placeholder={t('phone.controls.transferHint')}
              aria-label={t('phone.controls.transferPlaceholder')}
              data-testid="transfer-input"
            />
          </Tooltip>
          <Button {...inCallButton} type="submit" disabled={reconnecting} data-testid="transfer-button">
            {t('phone.controls.transfer')}
          </Button>
          <Button {...inCallButton} disabled={reconnecting || target === ''} onClick={() => void softphone.consult(target)} data-testid="consult-button">
            {t('phone.controls.consult')}
          </Button>
        </form>
      )}
      <Keypad dtmfMethod={dtmfMethod} />
    </div>
  );
}
