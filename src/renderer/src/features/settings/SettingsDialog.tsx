import { useMemo, useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Modal, NativeSelect, Stack, Tabs, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getCountries } from 'libphonenumber-js/min';
import type { ContractError } from '@shared/contract/error';
import { themePreferences, type Settings, type SettingsPatch, type ThemePreference } from '@shared/domain/settings';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { AudioSettings, audioSettingsOf } from '../audio/AudioSettings';
import { MonitoringDialSettings, monitoringDialOf } from '../monitoring/MonitoringDialSettings';
import { CrmConnectionForm } from '../crm-connection/CrmConnectionForm';
import { PhoneAccountForm } from '../phone/PhoneAccountForm';
import { UnsavedChangesContext, useUnsavedParts } from '../../ui/unsaved-changes';
import { UnsavedChangesNotice } from './UnsavedChangesNotice';
import { usePolicy } from '../../ui/use-policy';
import { LockedField } from '../../ui/LockedField';
import { PolicyNotice } from './PolicyNotice';
import { SupportBundleExport } from '../support/SupportBundleExport';
import { useOpenerFocus } from '../../ui/use-opener-focus';

type Tab = 'preferences' | 'administration';

/** Language names are shown in their own language, so anyone can find theirs. */
const languageOptions = [
  { value: 'en', label: 'English' },
  { value: 'ru', label: 'Русский' },
  { value: 'uk', label: 'Українська' },
] as const;

interface SettingsDialogProps {
  settings: Settings;
  onSave(patch: SettingsPatch): Promise<ContractError | null>;
  onClose(): void;
}

/**
 * Settings in two parts: the agent's own preferences (language, audio) and
 * administration (the SIP account, the CRM, call handling). The phone account
 * and the CRM save on their own; whatever is typed and not saved anywhere
 * stops the dialog from closing until the agent saves it or chooses to
 * discard it — nothing typed here is lost silently.
 */
export function SettingsDialog({ settings, onSave, onClose }: SettingsDialogProps) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(true);
  const giveFocusBack = useOpenerFocus();
  const [tab, setTab] = useState<Tab>('preferences');
  const { dirtyParts, reporter } = useUnsavedParts();
  const [askingToClose, setAskingToClose] = useState(false);
  const [language, setLanguage] = useState(settings.language);
  const [theme, setTheme] = useState(settings.theme);
  const [defaultCountry, setDefaultCountry] = useState(settings.defaultCountry);
  const [dtmfMethod, setDtmfMethod] = useState(settings.dtmfMethod);
  const [wrapUpSeconds, setWrapUpSeconds] = useState(settings.wrapUpSeconds);
  const [requireDisposition, setRequireDisposition] = useState(settings.requireDisposition);
  const [notReadyForwardTo, setNotReadyForwardTo] = useState(settings.notReadyForwardTo);
  const [audio, setAudio] = useState(() => audioSettingsOf(settings));
  const [monitoringDial, setMonitoringDial] = useState(() => monitoringDialOf(settings));
  const [error, setError] = useState<ContractError | null>(null);
  const { policy, lockOf } = usePolicy();

  const countries = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
    return getCountries()
      .map((code) => ({ code, name: names.of(code) ?? code }))
      .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  }, [i18n.language]);

  const edited: SettingsPatch = { language, theme, defaultCountry, dtmfMethod, wrapUpSeconds, requireDisposition, notReadyForwardTo, ...audio, ...monitoringDial };
  // Locked settings are not sent: they are IT's, and main would refuse a change to them.
  const patch = Object.fromEntries(Object.entries(edited).filter(([name]) => lockOf(`settings.${name as keyof Settings}`) === null)) as SettingsPatch;
  const audioLock = lockOf('settings.microphone');
  const settingsDirty = (Object.keys(patch) as (keyof SettingsPatch)[]).some((key) => patch[key] !== settings[key]);

  // Closing plays the exit transition; at its end the parent unmounts the dialog and the opener gets the focus back.
  const close = () => setOpened(false);
  /** Closes, unless something typed would be lost: then the agent is asked first. */
  const requestClose = (pending: readonly string[]) => {
    if (pending.length > 0) setAskingToClose(true);
    else close();
  };
  const cancel = () => {
    requestClose([...dirtyParts, ...(settingsDirty ? ['settings'] : [])]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const failure = await onSave(patch);
    if (failure) return setError(failure);
    setError(null);
    // The account and the CRM save with their own buttons: typed but not saved there, they must not vanish.
    requestClose(dirtyParts.filter((part) => part !== 'settings'));
  };

  return (
    <Modal
      opened={opened}
      onClose={cancel}
      onExitTransitionEnd={() => {
        onClose();
        giveFocusBack();
      }}
      returnFocus={false}
      closeOnClickOutside={false}
      title={t('settings.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      <UnsavedChangesContext.Provider value={reporter}>
        <Tabs value={tab} onChange={(value) => setTab(value === 'administration' ? 'administration' : 'preferences')}>
          <Tabs.List aria-label={t('settings.title')} mb="sm">
            {(['preferences', 'administration'] as const).map((name) => (
              <Tabs.Tab key={name} value={name} data-testid={`settings-tab-${name}`}>
                {t(`settings.tabs.${name}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <form onSubmit={submit} className="settings-form">
            <Tabs.Panel value="preferences">
              <Stack gap="sm">
                <LockedField policyKey={lockOf('settings.language')} testId="settings-language-locked">
                  <NativeSelect
                    label={t('settings.language')}
                    value={language}
                    onChange={(event) => setLanguage(event.currentTarget.value as Settings['language'])}
                    data-testid="settings-language"
                  >
                    <option value="system">{t('settings.languageSystem')}</option>
                    {languageOptions.map((option) => (
                      <option key={option.value} value={option.value} lang={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </NativeSelect>
                </LockedField>
                <LockedField policyKey={lockOf('settings.theme')} testId="settings-theme-locked">
                  <NativeSelect
                    label={t('settings.theme')}
                    value={theme}
                    onChange={(event) => setTheme(event.currentTarget.value as ThemePreference)}
                    data={themePreferences.map((value) => ({ value, label: t(`settings.themes.${value}`) }))}
                    data-testid="settings-theme"
                  />
                </LockedField>
                <LockedField policyKey={audioLock} testId="settings-audio-locked">
                  <AudioSettings value={audio} onChange={(patch) => setAudio((previous) => ({ ...previous, ...patch }))} />
                </LockedField>
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="administration">
              <Stack gap="sm">
                <PolicyNotice problems={policy.problems} />
                <NativeSelect
                  label={t('settings.defaultCountry')}
                  description={t('settings.defaultCountryHint')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  value={defaultCountry}
                  onChange={(event) => setDefaultCountry(event.currentTarget.value)}
                  data={countries.map((country) => ({ value: country.code, label: country.name }))}
                  data-testid="settings-country"
                />
                <NativeSelect
                  label={t('settings.dtmf')}
                  value={dtmfMethod}
                  onChange={(event) => setDtmfMethod(event.currentTarget.value as Settings['dtmfMethod'])}
                  data={[
                    { value: 'rfc4733', label: t('settings.dtmfRfc4733') },
                    { value: 'sip-info', label: t('settings.dtmfSipInfo') },
                  ]}
                  data-testid="settings-dtmf"
                />
                <LockedField policyKey={lockOf('settings.wrapUpSeconds')} testId="settings-wrap-up-locked">
                  <TextInput
                    type="number"
                    label={t('settings.wrapUp')}
                    min={0}
                    max={3600}
                    step={5}
                    value={wrapUpSeconds}
                    onChange={(event) => setWrapUpSeconds(Math.round(Number(event.currentTarget.value)))}
                    error={error?.field === 'wrapUpSeconds'}
                    data-testid="settings-wrap-up"
                  />
                </LockedField>
                <LockedField policyKey={lockOf('settings.requireDisposition')} testId="settings-require-disposition-locked">
                  <Checkbox
                    label={t('settings.requireDisposition')}
                    checked={requireDisposition}
                    onChange={(event) => setRequireDisposition(event.currentTarget.checked)}
                    data-testid="settings-require-disposition"
                  />
                </LockedField>
                <TextInput
                  label={t('settings.notReadyForward')}
                  description={t('settings.notReadyForwardHint')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  value={notReadyForwardTo}
                  onChange={(event) => setNotReadyForwardTo(event.currentTarget.value)}
                  error={error?.field === 'notReadyForwardTo'}
                  data-testid="settings-not-ready-forward"
                />
                <MonitoringDialSettings value={monitoringDial} onChange={(patch) => setMonitoringDial((previous) => ({ ...previous, ...patch }))} lockOf={lockOf} error={error} />
              </Stack>
            </Tabs.Panel>
            {error && <ErrorNotice error={error} />}
            <Group justify="flex-end" gap="xs" mt="md">
              <Button variant="default" onClick={cancel}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" data-testid="settings-save">
                {t('common.save')}
              </Button>
            </Group>
          </form>
          <div hidden={tab !== 'administration'}>
            <PhoneAccountForm />
            <CrmConnectionForm />
            <SupportBundleExport />
          </div>
        </Tabs>
      </UnsavedChangesContext.Provider>
      {askingToClose && (
        <UnsavedChangesNotice
          parts={[...new Set([...dirtyParts, ...(settingsDirty ? (['settings'] as const) : [])])]}
          onDiscard={close}
          onKeepEditing={() => setAskingToClose(false)}
        />
      )}
    </Modal>
  );
}
