import type { ContractError } from '@shared/contract/error';
import { useContractErrorText } from './contract-error-text';

/** A contract error in the agent's language; a boundary error's technical detail stays available on hover. */
export function ErrorNotice({ error, testId }: { error: ContractError; testId?: string }) {
  const text = useContractErrorText();
  return (
    <p className="error-notice" role="alert" title={error.message} data-testid={testId}>
      {text(error)}
    </p>
  );
}
