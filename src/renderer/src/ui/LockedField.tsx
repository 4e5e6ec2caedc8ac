import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface LockedFieldProps {
  /** The policy key that locks the field; null: the field is the agent's to change. */
  policyKey: string | null;
  testId?: string;
  children: ReactNode;
}

/**
 * A setting IT's policy locks: its controls disabled (a disabled fieldset
 * disables every control inside, whatever component draws it) and "Set by
 * your organization" under it, naming the key for IT on hover.
 */
export function LockedField({ policyKey, testId, children }: LockedFieldProps) {
  const { t } = useTranslation();
  if (policyKey === null) return children;
  return (
    <fieldset className="locked-field" disabled data-testid={testId} data-policy-key={policyKey}>
      {children}
      <small className="muted locked-field__note" title={policyKey}>
        {t('policy.setByOrganization')}
      </small>
    </fieldset>
  );
}
