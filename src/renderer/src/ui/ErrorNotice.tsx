import { useTranslation } from 'react-i18next';
import type { ContractError } from '@shared/contract/error';

/** A contract error in the agent's language; the technical detail stays available on hover. */
export function ErrorNotice({ error }: { error: ContractError }) {
  const { t } = useTranslation();
  return (
    <p className="error-notice" role="alert" title={error.message}>
      {t(`errors.${error.code}`)}
    </p>
  );
}
