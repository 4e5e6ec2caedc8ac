import { useCallback, useState } from 'react';
import { Button, Group, Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegistrationState } from '../../core/phone/phone-state';
import type { ServerProbe } from '../../core/phone/server-probe';
import { useAgent, useAgentStatus, usePhoneRegistration } from '../phone/phone-context';
import { CheckLine, type Verdict } from './CheckLine';
import { MicrophoneCheck } from './MicrophoneCheck';
import { SpeakerCheck } from './SpeakerCheck';
import { useServerProbe } from './use-server-probe';
import { useRememberReadiness } from '../support/use-remember-readiness';
import { useOpenerFocus } from '../../ui/use-opener-focus';

function registrationVerdict(registration: RegistrationState): Verdict {
  if (registration.status === 'registered') return 'pass';
  return registration.status === 'connecting' ? 'checking' : 'fail';
}

function probeVerdict(probe: ServerProbe | null): Verdict {
  if (!probe) return 'checking';
  return probe.ok ? 'pass' : 'fail';
}

/**
 * Before going Ready: can the agent be heard, can they hear, is the phone
 * registered and does the SIP server answer quickly. Each line says why it
 * failed; Ready is one click once everything passed.
 */
export function ReadinessCheck({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(true);
  const giveFocusBack = useOpenerFocus();
  const agent = useAgent();
  const agentStatus = useAgentStatus();
  const registration = usePhoneRegistration();
  const { probe, run: probeAgain } = useServerProbe();
  const [heardSpeech, setHeardSpeech] = useState(false);
  const [speakerHeard, setSpeakerHeard] = useState<boolean | null>(null);
  const onSpeech = useCallback(() => setHeardSpeech(true), []);
  useRememberReadiness({ heardSpeech, speakerHeard, registration, probe });

  const registrationDetail =
    registration.status === 'failed' ? t(`phone.failure.${registration.reason}`) : t(`readiness.registration.${registration.status}`);
  const probeDetail = !probe ? t('readiness.network.checking') : probe.ok ? t('readiness.network.pass', { ms: Math.round(probe.roundTripMs) }) : t(`readiness.network.${probe.reason}`);
  const allPassed = heardSpeech && speakerHeard === true && registrationVerdict(registration) === 'pass' && probeVerdict(probe) === 'pass';
  // Closing plays the exit transition; at its end the parent unmounts the dialog and the opener gets the focus back.
  const close = () => setOpened(false);

  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={() => {
        onClose();
        giveFocusBack();
      }}
      returnFocus={false}
      title={t('readiness.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
      attributes={{ content: { 'data-testid': 'readiness-check' } }}
    >
      <ul className="check-lines">
        <MicrophoneCheck heardSpeech={heardSpeech} onSpeech={onSpeech} />
        <SpeakerCheck heard={speakerHeard} onAnswer={setSpeakerHeard} />
        <CheckLine title={t('readiness.registration.title')} verdict={registrationVerdict(registration)} detail={registrationDetail} testId="readiness-registration" />
        <CheckLine title={t('readiness.network.title')} verdict={probeVerdict(probe)} detail={probeDetail} testId="readiness-network">
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={probeAgain} loading={!probe} data-testid="readiness-network-again">
              {t('readiness.network.again')}
            </Button>
          </Group>
        </CheckLine>
      </ul>
      <p role="status" className="readiness-check__summary" data-testid="readiness-summary">
        {allPassed ? t('readiness.allPassed') : t('readiness.notYet')}
      </p>
      <Group justify="flex-end" gap="xs" mt="md">
        <Button variant="default" onClick={close}>
          {t('readiness.close')}
        </Button>
        {agentStatus.status === 'not-ready' && (
          <Button
            disabled={!allPassed}
            onClick={() => {
              agent.setReady();
              close();
            }}
            data-testid="readiness-go-ready"
          >
            {t('readiness.goReady')}
          </Button>
        )}
      </Group>
    </Modal>
  );
}
