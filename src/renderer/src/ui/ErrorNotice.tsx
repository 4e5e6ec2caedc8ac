import { Alert } from '@mantine/core';
import type { ContractError } from '@shared/contract/error';
import { useContractErrorText } from './contract-error-text';

/** A contract error in the agent's language; a boundary error's technical detail stays available on hover. */
export function ErrorNotice({ error, testId }: { error: ContractError; testId?: string }) {
  const text = useContractErrorText();
  return (
    <Alert className="error-notice" color="red" variant="light" role="alert" p="xs" data-testid={testId}>
      <span title={error.message}>{text(error)}</span>
    </Alert>
  );
}
