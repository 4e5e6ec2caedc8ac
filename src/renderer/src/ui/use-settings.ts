import { useCallback, useEffect, useState } from 'react';
import type { ContractError } from '@shared/contract/error';
import type { Settings, SettingsPatch } from '@shared/domain/settings';
import { useConnected, useContract } from './contract-context';
import { applyLanguagePreference } from './i18n';

export interface SettingsState {
  settings: Settings | null;
  /** Why the settings could not be read; the console keeps running in the system language. */
  loadError: ContractError | null;
  save(patch: SettingsPatch): Promise<ContractError | null>;
}

/** The agent's settings, kept in step with main: another window's change arrives as an event. */
export function useSettings(): SettingsState {
  const contract = useContract();
  const connected = useConnected();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<ContractError | null>(null);

  useEffect(() => contract.on('settings.changed', setSettings), [contract]);

  // Events pushed while Parley was out of reach are lost: every (re)connection reads the settings afresh.
  useEffect(() => {
    if (!connected) return;
    let current = true;
    void contract.call('settings.get', {}).then((result) => {
      if (!current) return;
      setSettings((previous) => (result.ok ? result.value : previous));
      setLoadError(result.ok ? null : result.error);
    });
    return () => {
      current = false;
    };
  }, [contract, connected]);

  const language = settings?.language;
  useEffect(() => {
    if (language) applyLanguagePreference(language);
  }, [language]);

  const save = useCallback(
    async (patch: SettingsPatch) => {
      const result = await contract.call('settings.update', patch);
      if (!result.ok) return result.error;
      setSettings(result.value);
      return null;
    },
    [contract],
  );

  return { settings, loadError, save };
}
