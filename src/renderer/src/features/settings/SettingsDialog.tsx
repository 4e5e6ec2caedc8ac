import { useEffect, useMemo, useRef, useState, type FormEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getCountries } from 'libphonenumber-js/min';
import type { ContractError } from '@shared/contract/error';
import type { Settings, SettingsPatch } from '@shared/domain/settings';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { AudioSettings, audioSettingsOf } from '../audio/AudioSettings';
import { CrmConnectionForm } from '../crm-connection/CrmConnectionForm';
import { PhoneAccountForm } from '../phone/PhoneAccountForm';
import { UnsavedChangesContext, useUnsavedParts } from '../../ui/unsaved-changes';
import { UnsavedChangesNotice } from './UnsavedChangesNotice';
import { usePolicy } from '../../ui/use-policy';
import { LockedField } from './LockedField';
import { PolicyNotice } from './PolicyNotice';
import { SupportBundleExport } from '../support/SupportBundleExport';

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
  const dialog = useRef<HTMLDialogElement>(null);
  const [tab, setTab] = useState<Tab>('preferences');
  const { dirtyParts, reporter } = useUnsavedParts();
  const [askingToClose, setAskingToClose] = useState(false);
  const [language, setLanguage] = useState(settings.language);
  const [defaultCountry, setDefaultCountry] = useState(settings.defaultCountry);
  const [dtmfMethod, setDtmfMethod] = useState(settings.dtmfMethod);
  const [wrapUpSeconds, setWrapUpSeconds] = useState(settings.wrapUpSeconds);
  const [requireDisposition, setRequireDisposition] = useState(settings.requireDisposition);
  const [notReadyForwardTo, setNotReadyForwardTo] = useState(settings.notReadyForwardTo);
  const [audio, setAudio] = useState(() => audioSettingsOf(settings));
  const [error, setError] = useState<ContractError | null>(null);
  const { policy, lockOf } = usePolicy();

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const countries = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
    return getCountries()
      .map((code) => ({ code, name: names.of(code) ?? code }))
      .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  }, [i18n.language]);

  const edited: SettingsPatch = { language, defaultCountry, dtmfMethod, wrapUpSeconds, requireDisposition, notReadyForwardTo, ...audio };
  // Locked settings are not sent: they are IT's, and main would refuse a change to them.
  const patch = Object.fromEntries(Object.entries(edited).filter(([name]) => lockOf(`settings.${name as keyof Settings}`) === null)) as SettingsPatch;
  const audioLock = lockOf('settings.microphone');
  const settingsDirty = (Object.keys(patch) as (keyof SettingsPatch)[]).some((key) => patch[key] !== settings[key]);

  // Closing the native dialog (rather than unmounting it) puts the focus back on the button that opened it;
  // its `close` event then tells the parent.
  const close = () => dialog.current?.close();
  /** Closes, unless something typed would be lost: then the agent is asked first. */
  const requestClose = (pending: readonly string[]) => {
    if (pending.length > 0) setAskingToClose(true);
    else close();
  };
  const cancel = (event: SyntheticEvent) => {
    event.preventDefault();
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
    <dialog ref={dialog} className="settings-dialog" aria-labelledby="settings-title" onClose={onClose} onCancel={cancel}>
      <h2 id="settings-title">{t('settings.title')}</h2>
      <div className="tabs" role="tablist" aria-label={t('settings.title')}>
        {(['preferences', 'administration'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`settings-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`settings-panel-${name}`}
            className="tabs__tab"
            onClick={() => setTab(name)}
            data-testid={`settings-tab-${name}`}
          >
            {t(`settings.tabs.${name}`)}
          </button>
        ))}
      </div>
      <UnsavedChangesContext.Provider value={reporter}>
        <form onSubmit={submit}>
          <div role="tabpanel" id="settings-panel-preferences" aria-labelledby="settings-tab-preferences" hidden={tab !== 'preferences'}>
            <LockedField policyKey={lockOf('settings.language')} testId="settings-language-locked">
              <label className="field">
                <span>{t('settings.language')}</span>
                <select value={language} onChange={(event) => setLanguage(event.target.value as Settings['language'])} data-testid="settings-language">
                  <option value="system">{t('settings.languageSystem')}</option>
                  {languageOptions.map((option) => (
                    <option key={option.value} value={option.value} lang={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </label>
            </LockedField>
            <LockedField policyKey={audioLock} testId="settings-audio-locked">
              <AudioSettings value={audio} onChange={(patch) => setAudio((previous) => ({ ...previous, ...patch }))} />
            </LockedField>
          </div>
          <div role="tabpanel" id="settings-panel-administration" aria-labelledby="settings-tab-administration" hidden={tab !== 'administration'}>
            <PolicyNotice problems={policy.problems} />
            <label className="field">
              <span>{t('settings.defaultCountry')}</span>
              <select value={defaultCountry} onChange={(event) => setDefaultCountry(event.target.value)} data-testid="settings-country">
                {countries.map((country) => (
                  <option key={country.code} value={country.code}>
                    {country.name}
                  </option>
                ))}
              </select>
              <small className="muted">{t('settings.defaultCountryHint')}</small>
            </label>
            <label className="field">
              <span>{t('settings.dtmf')}</span>
              <select value={dtmfMethod} onChange={(event) => setDtmfMethod(event.target.value as Settings['dtmfMethod'])} data-testid="settings-dtmf">
                <option value="rfc4733">{t('settings.dtmfRfc4733')}</option>
                <option value="sip-info">{t('settings.dtmfSipInfo')}</option>
              </select>
            </label>
            <LockedField policyKey={lockOf('settings.wrapUpSeconds')} testId="settings-wrap-up-locked">
              <label className="field">
                <span>{t('settings.wrapUp')}</span>
                <input
                  type="number"
                  min={0}
                  max={3600}
                  step={5}
                  value={wrapUpSeconds}
                  onChange={(event) => setWrapUpSeconds(Math.round(Number(event.target.value)))}
                  aria-invalid={error?.field === 'wrapUpSeconds'}
                  data-testid="settings-wrap-up"
                />
              </label>
            </LockedField>
            <LockedField policyKey={lockOf('settings.requireDisposition')} testId="settings-require-disposition-locked">
              <label className="checkbox-field">
                <input
                  type="checkbox"
                  checked={requireDisposition}
                  onChange={(event) => setRequireDisposition(event.target.checked)}
                  data-testid="settings-require-disposition"
                />
                <span>{t('settings.requireDisposition')}</span>
              </label>
            </LockedField>
            <label className="field">
              <span>{t('settings.notReadyForward')}</span>
              <input
                value={notReadyForwardTo}
                onChange={(event) => setNotReadyForwardTo(event.target.value)}
                aria-invalid={error?.field === 'notReadyForwardTo'}
                data-testid="settings-not-ready-forward"
              />
              <small className="muted">{t('settings.notReadyForwardHint')}</small>
            </label>
          </div>
          {error && <ErrorNotice error={error} />}
          <div className="dialog-actions">
            <button type="button" className="button button--ghost" onClick={cancel}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button--primary" data-testid="settings-save">
              {t('common.save')}
            </button>
          </div>
        </form>
        <div hidden={tab !== 'administration'}>
          <PhoneAccountForm />
          <CrmConnectionForm />
          <SupportBundleExport />
        </div>
      </UnsavedChangesContext.Provider>
      {askingToClose && (
        <UnsavedChangesNotice
          parts={[...new Set([...dirtyParts, ...(settingsDirty ? (['settings'] as const) : [])])]}
          onDiscard={close}
          onKeepEditing={() => setAskingToClose(false)}
        />
      )}
    </dialog>
  );
}
