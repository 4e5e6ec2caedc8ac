import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { PhoneAccountView } from '@shared/domain/phone-account';
import { useContract } from '../../app/contract-context';
import type { PhoneState } from '../../phone/phone-state';
import { Softphone } from '../../phone/softphone';

const PhoneContext = createContext<Softphone | null>(null);

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
  const softphone = useMemo(
    () =>
      new Softphone(createRemoteAudio(), (record) => {
        void contract.call('calls.record', record).then((result) => {
          if (!result.ok) console.error(`A call could not be recorded: ${result.error.message}`);
        });
      }),
    [contract],
  );

  useEffect(() => {
    const apply = async (account: PhoneAccountView | null) => {
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
    return () => {
      unsubscribe();
      void softphone.configure(null);
    };
  }, [contract, softphone]);

  return <PhoneContext.Provider value={softphone}>{children}</PhoneContext.Provider>;
}

export function useSoftphone(): Softphone {
  const softphone = useContext(PhoneContext);
  if (!softphone) throw new Error('useSoftphone must be used inside <PhoneProvider>');
  return softphone;
}

export function usePhoneState(): PhoneState {
  const softphone = useSoftphone();
  return useSyncExternalStore(softphone.subscribe, softphone.getState);
}
