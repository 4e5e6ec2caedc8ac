import { Alert, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { promiseOwnerTypes } from '@shared/domain/customer';
import type { PromiseInput, PromiseProblem } from './promise-input';

/** What was promised, who keeps it, by when: the same fields when a promise is made and when it is changed later. */
export function PromiseFieldsInputs({
  value,
  onChange,
  problem,
}: {
  value: PromiseInput;
  onChange(next: PromiseInput): void;
  problem: PromiseProblem | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = problem ? `${id}-problem` : undefined;
  return (
    <Stack gap="xs" className="promise-fields" data-testid="promise-fields">
      <TextInput
        label={t('wrapUp.promiseWhat')}
        value={value.description}
        onChange={(event) => onChange({ ...value, description: event.currentTarget.value })}
        error={problem === 'description'}
        aria-describedby={describedBy}
        data-testid="promise-description"
      />
      <NativeSelect
        label={t('wrapUp.promiseOwnerType')}
        value={value.ownerType}
        onChange={(event) => onChange({ ...value, ownerType: event.currentTarget.value as PromiseInput['ownerType'] })}
        data={promiseOwnerTypes.map((type) => ({ value: type, label: t(`wrapUp.ownerType.${type}`) }))}
        data-testid="promise-owner-type"
      />
      <TextInput
        label={t('wrapUp.promiseOwnerName')}
        value={value.ownerName}
        onChange={(event) => onChange({ ...value, ownerName: event.currentTarget.value })}
        error={problem === 'ownerName'}
        aria-describedby={describedBy}
        data-testid="promise-owner-name"
      />
      <TextInput
        type="datetime-local"
        label={t('wrapUp.promiseDue')}
        value={value.due}
        onChange={(event) => onChange({ ...value, due: event.currentTarget.value })}
        error={problem === 'dueAt'}
        aria-describedby={describedBy}
        data-testid="promise-due"
      />
      {problem && (
        <Alert id={`${id}-problem`} color="red" variant="light" p="xs" role="alert">
          {t(`wrapUp.promiseProblem.${problem}`)}
        </Alert>
      )}
    </Stack>
  );
}
