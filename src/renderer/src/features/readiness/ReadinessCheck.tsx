import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistrationState } from '../../core/phone/phone-state';
import type { ServerProbe } from '../../core/phone/softphone';
import { useAgent, useAgentStatus, usePhoneState } from '../phone/phone-context';
import { CheckLine, type Verdict } from './CheckLine';
import { MicrophoneCheck } from './MicrophoneCheck';
import { SpeakerCheck } from './SpeakerCheck';
import { useServerProbe } from './use-server-probe';
import { useRememberReadiness } from '../support/use-remember-readiness';

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
  const dialog = useRef<HTMLDialogElement>(null);
  const agent = useAgent();
  const agentStatus = useAgentStatus();
  const { registration } = usePhoneState();
  const { probe, run: probeAgain } = useServerProbe();
  const [heardSpeech, setHeardSpeech] = useState(false);
  const [speakerHeard, setSpeakerHeard] = useState<boolean | null>(null);
  const onSpeech = useCallback(() => setHeardSpeech(true), []);
  useRememberReadiness({ heardSpeech, speakerHeard, registration, probe });

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const registrationDetail =
    registration.status === 'failed' ? t(`phone.failure.${registration.reason}`) : t(`readiness.registration.${registration.status}`);
  const probeDetail = !probe ? t('readiness.network.checking') : probe.ok ? t('readiness.network.pass', { ms: Math.round(probe.roundTripMs) }) : t(`readiness.network.${probe.reason}`);
  const allPassed = heardSpeech && speakerHeard === true && registrationVerdict(registration) === 'pass' && probeVerdict(probe) === 'pass';
  const close = () => dialog.current?.close();

  return (
    <dialog ref={dialog} className="settings-dialog readiness-check" aria-labelledby="readiness-title" onClose={onClose} data-testid="readiness-check">
      <h2 id="readiness-title">{t('readiness.title')}</h2>
      <ul className="check-lines">
        <MicrophoneCheck heardSpeech={heardSpeech} onSpeech={onSpeech} />
        <SpeakerCheck heard={speakerHeard} onAnswer={setSpeakerHeard} />
        <CheckLine title={t('readiness.registration.title')} verdict={registrationVerdict(registration)} detail={registrationDetail} testId="readiness-registration" />
        <CheckLine title={t('readiness.network.title')} verdict={probeVerdict(probe)} detail={probeDetail} testId="readiness-network">
          <div className="check-line__actions">
            <button type="button" className="button" onClick={probeAgain} disabled={!probe} data-testid="readiness-network-again">
              {t('readiness.network.again')}
            </button>
          </div>
        </CheckLine>
      </ul>
      <p role="status" className="readiness-check__summary" data-testid="readiness-summary">
        {allPassed ? t('readiness.allPassed') : t('readiness.notYet')}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button button--ghost" onClick={close}>
          {t('readiness.close')}
        </button>
        {agentStatus.status === 'not-ready' && (
          <button
            type="button"
            className="button button--primary"
            disabled={!allPassed}
            onClick={() => {
              agent.setReady();
              close();
            }}
            data-testid="readiness-go-ready"
          >
            {t('readiness.goReady')}
          </button>
        )}
      </div>
    </dialog>
  );
}
