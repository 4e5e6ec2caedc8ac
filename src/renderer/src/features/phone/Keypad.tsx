import { memo } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DtmfMethod } from '@shared/domain/settings';
import { inCallButton } from './in-call-button';
import { useSoftphone } from './phone-context';

const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

/**
 * The twelve keys that send tones to the call. The same whatever the call
 * does, so rendered again only if the tone method changes: not with every
 * letter typed in the transfer field beside it, nor with mute or hold.
 */
export const Keypad = memo(function Keypad({ dtmfMethod }: { dtmfMethod: DtmfMethod }) {
  const { t } = useTranslation();
  const softphone = useSoftphone();
  return (
    <div className="keypad" role="group" aria-label={t('phone.controls.keypad')}>
      {keys.map((tone) => (
        <Button key={tone} {...inCallButton} px={0} w="2.2em" onClick={() => void softphone.sendDtmf(tone, dtmfMethod)} data-testid={`keypad-${tone}`}>
          {tone}
        </Button>
      ))}
    </div>
  );
});
