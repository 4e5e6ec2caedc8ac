import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getCountries } from 'libphonenumber-js/min';
import type { ContractError } from '@shared/contract/error';
import type { Settings, SettingsPatch } from '@shared/domain/settings';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { AudioSettings, audioSettingsOf } from '../audio/AudioSettings';
import { CrmConnectionForm } from '../crm-connection/CrmConnectionForm';
import { PhoneAccountForm } from '../phone/PhoneAccountForm';

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

export function SettingsDialog({ settings, onSave, onClose }: SettingsDialogProps) {
  const { t, i18n } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [language, setLanguage] = useState(settings.language);
  const [defaultCountry, setDefaultCountry] = useState(settings.defaultCountry);
  const [dtmfMethod, setDtmfMethod] = useState(settings.dtmfMethod);
  const [wrapUpSeconds, setWrapUpSeconds] = useState(settings.wrapUpSeconds);
  const [requireDisposition, setRequireDisposition] = useState(settings.requireDisposition);
  const [notReadyForwardTo, setNotReadyForwardTo] = useState(settings.notReadyForwardTo);
  const [audio, setAudio] = useState(() => audioSettingsOf(settings));
  const [error, setError] = useState<ContractError | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const countries = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
    return getCountries()
      .map((code) => ({ code, name: names.of(code) ?? code }))
      .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  }, [i18n.language]);

  // Closing the native dialog (rather than unmounting it) puts the focus back on the button that opened it;
  // its `close` event then tells the parent.
  const close = () => dialog.current?.close();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const failure = await onSave({ language, defaultCountry, dtmfMethod, wrapUpSeconds, requireDisposition, notReadyForwardTo, ...audio });
    if (failure) setError(failure);
    else close();
  };

  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby="settings-title" onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id="settings-title">{t('settings.title')}</h2>
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
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={requireDisposition}
            onChange={(event) => setRequireDisposition(event.target.checked)}
            data-testid="settings-require-disposition"
          />
          <span>{t('settings.requireDisposition')}</span>
        </label>
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
        <AudioSettings value={audio} onChange={(patch) => setAudio((previous) => ({ ...previous, ...patch }))} />
        {error && <ErrorNotice error={error} />}
        <div className="dialog-actions">
          <button type="button" className="button button--ghost" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" data-testid="settings-save">
            {t('common.save')}
          </button>
        </div>
      </form>
      <PhoneAccountForm />
      <CrmConnectionForm />
    </dialog>
  );
}
