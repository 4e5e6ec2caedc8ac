import { useRef, useState, type FormEvent } from 'react';
import { Button, Group, TextInput, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DtmfMethod } from '@shared/domain/settings';
import { usePhoneValue, useShownCallStage, useSoftphone } from './phone-context';
import { shortcutLabel } from './phone-shortcuts';
import { useTransferShortcut } from './use-transfer-shortcut';

const keypad = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

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
  const bar = { size: 'xs', variant: 'outline', color: 'gray.3' } as const;
  return (
    <div className="in-call-controls" role="group" aria-label={t('phone.controls.label')}>
      <Tooltip label={shortcutLabel('mute')}>
        <Button
          {...bar}
          variant={call.muted ? 'filled' : 'outline'}
          color={call.muted ? 'yellow' : bar.color}
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
            {...bar}
            variant={call.hold === 'on' ? 'filled' : 'outline'}
            color={call.hold === 'on' ? 'yellow' : bar.color}
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
          <Button {...bar} disabled={reconnecting || holdBusy} onClick={() => void softphone.startConference()} data-testid="conference-button">
            {t('phone.consultation.conference')}
          </Button>
          <Button {...bar} disabled={reconnecting || holdBusy} onClick={() => void softphone.swap()} data-testid="swap-button">
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
          <Button {...bar} type="submit" disabled={reconnecting} data-testid="transfer-button">
            {t('phone.controls.transfer')}
          </Button>
          <Button {...bar} disabled={reconnecting || target === ''} onClick={() => void softphone.consult(target)} data-testid="consult-button">
            {t('phone.controls.consult')}
          </Button>
        </form>
      )}
      <div className="keypad" role="group" aria-label={t('phone.controls.keypad')}>
        {keypad.map((tone) => (
          <Button key={tone} {...bar} px={0} w="2.2em" onClick={() => void softphone.sendDtmf(tone, dtmfMethod)} data-testid={`keypad-${tone}`}>
            {tone}
          </Button>
        ))}
      </div>
    </div>
  );
}
