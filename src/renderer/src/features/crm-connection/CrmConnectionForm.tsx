import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '@shared/contract/error';
import { crmConnectionSaveSchema, type CrmConnectionView } from '@shared/domain/crm-connection';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useContract } from '../../ui/contract-context';
import { useReportUnsaved } from '../../ui/unsaved-changes';
import { CrmSyncState } from './CrmSyncState';
import { HeldEntries } from './HeldEntries';
import { crmConnectionProblemKey } from './crm-connection-problem';

/** The CRM the console syncs with: its address and token (write-only), and how the sync is doing. */
export function CrmConnectionForm() {
  const { t } = useTranslation();
  const contract = useContract();
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [stored, setStored] = useState<CrmConnectionView | null>(null);
  const [problem, setProblem] = useState<{ field: string; key: string } | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void contract.call('sync.connection.get', {}).then((result) => {
      if (!result.ok) return;
      setUrl(result.value.url);
      setStored(result.value);
    });
  }, [contract]);

  useReportUnsaved('crm', token !== '' || url !== (stored?.url ?? ''));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setError(null);
    // Disconnecting forgets the token too: a console without a CRM has no reason to keep its secret.
    const request = { url, ...(url.trim() === '' ? { token: '' } : token ? { token } : {}) };
    const parsed = crmConnectionSaveSchema.safeParse(request);
    if (!parsed.success) {
      const key = crmConnectionProblemKey(parsed.error);
      setProblem(key ? { field: String(parsed.error.issues[0]?.path[0]), key } : null);
      return;
    }
    setProblem(null);
    const result = await contract.call('sync.connection.save', parsed.data);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setStored(result.value);
    setUrl(result.value.url);
    setToken('');
    setSaved(true);
  };

  const tokenNeeded = stored !== null && stored.url !== '' && !stored.hasToken;

  return (
    <form className="phone-account-form" onSubmit={submit} aria-labelledby="crm-connection-title" noValidate>
      <h3 id="crm-connection-title">{t('crm.title')}</h3>
      <label className="field">
        <span>{t('crm.url')}</span>
        <input
          type="url"
          value={url}
          autoComplete="off"
          placeholder="https://crm.example.com/parley"
          onChange={(event) => setUrl(event.target.value)}
          aria-invalid={problem?.field === 'url' || error?.field === 'url'}
          aria-describedby="crm-url-hint"
          data-testid="crm-url"
        />
        <small id="crm-url-hint" className="muted">
          {t('crm.urlHint')}
        </small>
      </label>
      <label className="field">
        <span>{t('crm.token')}</span>
        <input
          type="password"
          autoComplete="new-password"
          value={token}
          placeholder={stored?.hasToken ? t('crm.tokenStored') : ''}
          onChange={(event) => setToken(event.target.value)}
          aria-invalid={problem?.field === 'token' || error?.field === 'token'}
          aria-describedby={tokenNeeded ? 'crm-token-needed' : undefined}
          data-testid="crm-token"
        />
        {tokenNeeded && (
          <small id="crm-token-needed" className="muted" data-testid="crm-token-needed">
            {t('crm.tokenNeeded')}
          </small>
        )}
      </label>
      {problem && (
        <p className="error-notice" role="alert" data-testid="crm-problem-input">
          {t(problem.key)}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
      {saved && (
        <p className="muted" role="status">
          {t(url === '' ? 'crm.disconnected' : 'crm.saved')}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="button button--primary" data-testid="crm-save">
          {t('crm.save')}
        </button>
      </div>
      <CrmSyncState />
      <HeldEntries />
    </form>
  );
}
