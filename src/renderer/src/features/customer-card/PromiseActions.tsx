import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '@shared/contract/error';
import type { CustomerPromise } from '@shared/domain/customer';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useContract } from '../../ui/contract-context';
import { PromiseFieldsInputs } from '../wrap-up/PromiseFieldsInputs';
import { promiseInputOf, readPromiseInput, type PromiseProblem } from '../wrap-up/promise-input';
import { Button } from '@mantine/core';

/** An open promise marked kept or broken, or changed (a new time agreed, another owner); the card reloads from main's event. */
export function PromiseActions({ promise }: { promise: CustomerPromise }) {
  const { t } = useTranslation();
  const contract = useContract();
  const [editing, setEditing] = useState(false);
  const [input, setInput] = useState(() => promiseInputOf(promise));
  const [problem, setProblem] = useState<PromiseProblem | null>(null);
  const [error, setError] = useState<ContractError | null>(null);

  const mark = async (status: 'kept' | 'broken') => {
    const result = await contract.call('promises.set-status', { promiseId: promise.id, status });
    setError(result.ok ? null : result.error);
  };
  const save = async () => {
    const read = readPromiseInput(input);
    setProblem(read.ok ? null : read.problem);
    if (!read.ok) return;
    const result = await contract.call('promises.update', { promiseId: promise.id, changes: read.value });
    setError(result.ok ? null : result.error);
    if (result.ok) setEditing(false);
  };

  return (
    <span className="promise__actions">
      <Button variant="default" size="xs" onClick={() => void mark('kept')} data-testid="promise-kept">
        {t('promise.markKept')}
      </Button>
      <Button variant="default" size="xs" onClick={() => void mark('broken')} data-testid="promise-broken">
        {t('promise.markBroken')}
      </Button>
      <Button variant={editing ? 'light' : 'default'} size="xs" onClick={() => setEditing(!editing)} aria-expanded={editing} data-testid="promise-edit">
        {t('promise.edit')}
      </Button>
      {editing && (
        <span className="promise__editor">
          <PromiseFieldsInputs value={input} onChange={setInput} problem={problem} />
          <Button size="xs" mt={4} onClick={() => void save()} data-testid="promise-save">
            {t('common.save')}
          </Button>
        </span>
      )}
      {error && <ErrorNotice error={error} />}
    </span>
  );
}
