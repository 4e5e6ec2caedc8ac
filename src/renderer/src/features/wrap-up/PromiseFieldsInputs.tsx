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
    <div className="promise-fields" data-testid="promise-fields">
      <label className="field">
        {t('wrapUp.promiseWhat')}
        <input
          value={value.description}
          onChange={(event) => onChange({ ...value, description: event.target.value })}
          aria-invalid={problem === 'description'}
          aria-describedby={describedBy}
          data-testid="promise-description"
        />
      </label>
      <label className="field">
        {t('wrapUp.promiseOwnerType')}
        <select
          value={value.ownerType}
          onChange={(event) => onChange({ ...value, ownerType: event.target.value as PromiseInput['ownerType'] })}
          data-testid="promise-owner-type"
        >
          {promiseOwnerTypes.map((type) => (
            <option key={type} value={type}>
              {t(`wrapUp.ownerType.${type}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('wrapUp.promiseOwnerName')}
        <input
          value={value.ownerName}
          onChange={(event) => onChange({ ...value, ownerName: event.target.value })}
          aria-invalid={problem === 'ownerName'}
          aria-describedby={describedBy}
          data-testid="promise-owner-name"
        />
      </label>
      <label className="field">
        {t('wrapUp.promiseDue')}
        <input
          type="datetime-local"
          value={value.due}
          onChange={(event) => onChange({ ...value, due: event.target.value })}
          aria-invalid={problem === 'dueAt'}
          aria-describedby={describedBy}
          data-testid="promise-due"
        />
      </label>
      {problem && (
        <p id={`${id}-problem`} className="error-notice" role="alert">
          {t(`wrapUp.promiseProblem.${problem}`)}
        </p>
      )}
    </div>
  );
}
