import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { PhoneAccountView } from '@shared/domain/phone-account';
import { useContract } from '../../ui/contract-context';
import { useStoreValue, type StorePriority } from '../../ui/use-store-value';
import { transitionHold } from '../../ui/transition-hold';
import { shownSipCallId, type PhoneState, type RegistrationState } from '../../core/phone/phone-state';
import type { MonitoringView } from '../../core/phone/monitoring-view';
import { AgentStateMachine, type AgentStatus } from '../../core/agent/agent-state';
import { DeferredSoftphone, type PhoneCommands } from '../../core/phone/deferred-softphone';
import { CallContexts, type CallContext } from '../../core/calls/call-contexts';
import { createWarmMicrophone, type WarmMicrophone } from '../../core/phone/warm-microphone';
import { PresencePublisher } from '../../core/presence/presence-publisher';
import { presenceOf } from '../../core/presence/agent-presence';
import { SipTraceQueue } from '../../core/phone/sip-trace';
import { sameCallStage, sameCallStages, type CallStage, type LiveCallStage } from './call-stage';
import { holdPanesWhileDialling } from './call-setup-first';

interface Phone {
  softphone: PhoneCommands;
  agent: AgentStateMachine;
  /** Each call's interaction and who is calling. */
  calls: CallContexts;
  /** The audio settings choose its device and processing. */
  microphone: WarmMicrophone;
  /** The audio settings choose its output device. */
  remoteAudio: HTMLAudioElement;
  /** The phone's SIP messages on their way to the support bundle's trace. */
  sipTrace: SipTraceQueue;
  /** The agent's state, published over SIP presence for supervisors' boards. */
  presence: PresencePublisher;
}

const PhoneContext = createContext<Phone | null>(null);

/** The remote party is heard only through an <audio> element in the page. */
function createRemoteAudio(): HTMLAudioElement {
  const audio = document.createElement('audio');
  audio.autoplay = true;
  audio.dataset.testid = 'remote-audio';
  document.body.append(audio);
  return audio;
}

/** One phone for the console, configured from the account main keeps (and re-configured when it changes). */
export function PhoneProvider({ children }: { children: ReactNode }) {
  const contract = useContract();
  const phone = useMemo<Phone>(() => {
    const agent = new AgentStateMachine();
    const calls = new CallContexts(contract);
    const remoteAudio = createRemoteAudio();
    const microphone = createWarmMicrophone();
    const sipTrace = new SipTraceQueue((entries) => void contract.call('log.sip', { entries }));
    const softphone = new DeferredSoftphone(
      {
        remoteAudio,
        microphone,
        onCallStarted: (start, dialed) => void calls.started(start, dialed),
        onCallEnded: (record) => void calls.ended(record),
        routeIncoming: () => (agent.acceptsCalls() ? { ring: true } : { ring: false, forwardTo: agent.notReadyForwardTo() }),
        onSipMessage: (entry) => sipTrace.add(entry),
        verifySupervisor: async (invite) => {
          const verified = await contract.call('supervision.grant.verify', invite);
          if (verified.ok) return { ok: true, supervisor: verified.value };
          return { ok: false, reason: verified.error.code === 'supervision_grant_refused' ? String(verified.error.reason) : verified.error.code };
        },
        onMonitoringEvent: (event) => {
          const interactionId = calls.get(event.callId)?.interactionId ?? undefined;
          void contract.call('supervision.session.record', { ...event, interactionId }).then((recorded) => {
            if (!recorded.ok) console.warn(`A monitoring session event (${event.event}) could not be recorded: ${recorded.error.code}.`);
          });
        },
      },
      (error) => void contract.call('log.write', { level: 'error', scope: 'phone', message: `The phone's code could not be loaded: ${String(error)}` }),
    );
    // First: the hold must be in force before any component hears of the call.
    const followCallSetup = holdPanesWhileDialling(transitionHold);
    softphone.subscribe(() => followCallSetup(softphone.getState()));
    softphone.subscribe(() => agent.onPhone(softphone.getState()));
    const presence = new PresencePublisher();
    agent.subscribe(() => presence.show(presenceOf(agent.getState())));
    presence.show(presenceOf(agent.getState()));
    softphone.subscribe(() => presence.setUserAgent(softphone.registeredUserAgent));
    return { softphone, agent, calls, microphone, remoteAudio, presence, sipTrace };
  }, [contract]);
  const { softphone, presence, sipTrace } = phone;

  useEffect(() => {
    const apply = async (account: PhoneAccountView | null) => {
      // Another account or none: this one's state is taken off the board before its phone stops.
      presence.withdraw();
      if (!account?.hasPassword) {
        await softphone.configure(null);
        return;
      }
      const credentials = await contract.call('phone.credentials', {});
      await softphone.configure(credentials.ok ? { ...account, password: credentials.value.password } : null);
    };
    const unsubscribe = contract.on('phone.account.changed', (account) => void apply(account));
    void contract.call('phone.account.get', {}).then((result) => {
      if (result.ok) void apply(result.value.account);
    });
    // A closed or reloaded window unregisters on its way out (best effort), so the
    // registrar does not keep offering calls to a console that is gone.
    const leave = () => {
      sipTrace.flush();
      presence.withdraw();
      void softphone.configure(null);
    };
    window.addEventListener('pagehide', leave);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [contract, softphone, presence, sipTrace]);

  return <PhoneContext.Provider value={phone}>{children}</PhoneContext.Provider>;
}

function usePhone(): Phone {
  const phone = useContext(PhoneContext);
  if (!phone) throw new Error('The phone is used outside <PhoneProvider>');
  return phone;
}

export function useSoftphone(): PhoneCommands {
  return usePhone().softphone;
}

export function usePhoneAudio(): Pick<Phone, 'microphone' | 'remoteAudio'> {
  return usePhone();
}

export function usePresencePublisher(): PresencePublisher {
  return usePhone().presence;
}

export function useAgent(): AgentStateMachine {
  return usePhone().agent;
}

export function useAgentStatus(): AgentStatus {
  const agent = useAgent();
  return useStoreValue(agent.subscribe, agent.getState);
}

export function useCallContexts(): CallContexts {
  return usePhone().calls;
}

/** One call's context: its interaction and who is calling. */
export function useCallContext(sipCallId: string): CallContext | null {
  const calls = useCallContexts();
  return useStoreValue(calls.subscribe, () => calls.get(sipCallId));
}

/**
 * One value read from the phone's state: the component renders again only
 * when that value changes (compared with Object.is, so return a primitive),
 * not on every change of the phone — a call's media health alone changes it
 * every second.
 */
export function usePhoneValue<T extends string | number | boolean | null>(read: (state: PhoneState) => T, priority?: StorePriority): T {
  const softphone = useSoftphone();
  return useStoreValue(softphone.subscribe, () => read(softphone.getState()), priority);
}

/**
 * What `select` reads from the phone's state, kept while `isEqual` finds the
 * next reading the same: the component renders again only when it changed.
 * For an object the phone keeps until it changes (its registration, a
 * notice, a media reading), Object.is; for one it builds afresh on every
 * change (the call, rebuilt for each media reading), a comparison of what
 * the component shows. Pass functions defined outside the component: new
 * ones start a new comparison.
 */
export function usePhoneSelection<T>(select: (state: PhoneState) => T, isEqual: (a: T, b: T) => boolean, priority?: StorePriority): T {
  const softphone = useSoftphone();
  const readSelection = useMemo(() => keptWhileEqual(select, isEqual), [select, isEqual]);
  return useStoreValue(softphone.subscribe, () => readSelection(softphone.getState()), priority);
}

/** The store hook renders again whenever the reading is another object: an equal one is answered with the one it already has. */
function keptWhileEqual<T>(select: (state: PhoneState) => T, isEqual: (a: T, b: T) => boolean): (state: PhoneState) => T {
  let kept: { value: T } | null = null;
  return (state) => {
    const next = select(state);
    if (kept === null || !isEqual(kept.value, next)) kept = { value: next };
    return kept.value;
  };
}

const shownCall = ({ call }: PhoneState): CallStage => call;
const backgroundCalls = ({ background }: PhoneState): readonly LiveCallStage[] => background;

/** The call the phone shows, at its stage: renders again when the call moves on, not on each media reading. */
export function useShownCallStage(priority?: StorePriority): CallStage {
  return usePhoneSelection(shownCall, sameCallStage, priority);
}

/** The calls behind the one in focus, at their stages. */
export function useBackgroundCallStages(priority?: StorePriority): readonly LiveCallStage[] {
  return usePhoneSelection(backgroundCalls, sameCallStages, priority);
}

/** The phone's registration: the phone keeps its state object until it changes, so this renders again only then. */
export function usePhoneRegistration(): RegistrationState {
  const softphone = useSoftphone();
  return useStoreValue(softphone.subscribe, () => softphone.getState().registration);
}

/** The supervisor's monitoring call (or how the last one ended): the phone keeps its view object until it changes, so this renders again only then. */
export function useMonitoringView(): MonitoringView | null {
  const softphone = useSoftphone();
  return useStoreValue(softphone.subscribe, () => softphone.getState().monitoring);
}

/** The context of the call the phone shows (in progress, or the one that just ended). */
export function useCurrentCallContext(): CallContext | null {
  return useCallContext(usePhoneValue(shownSipCallId));
}

/** Reads the context of the call the phone shows when asked, without rendering again as it changes (for an event handler). */
export function useCurrentCallContextReader(): () => CallContext | null {
  const { softphone, calls } = usePhone();
  return () => calls.get(shownSipCallId(softphone.getState()));
}
