import { useCallback, useEffect, useState } from 'react';
import type { ContractError } from '@shared/contract/error';
import type { Settings, SettingsPatch } from '@shared/domain/settings';
import { useContract } from './contract-context';
import { applyLanguagePreference } from './i18n';

export interface SettingsState {
  settings: Settings | null;
  save(patch: SettingsPatch): Promise<ContractError | null>;
}

/** The agent's settings, kept in step with main: another window's change arrives as an event. */
export function useSettings(): SettingsState {
  const contract = useContract();
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    const adopt = (next: Settings) => {
      setSettings(next);
      applyLanguagePreference(next.language);
    };
    const unsubscribe = contract.on('settings.changed', adopt);
    void contract.call('settings.get', {}).then((result) => {
      if (result.ok) adopt(result.value);
    });
    return unsubscribe;
  }, [contract]);

  const save = useCallback(
    async (patch: SettingsPatch) => {
      const result = await contract.call('settings.update', patch);
      if (!result.ok) return result.error;
      setSettings(result.value);
      applyLanguagePreference(result.value.language);
      return null;
    },
    [contract],
  );

  return { settings, save };
}
