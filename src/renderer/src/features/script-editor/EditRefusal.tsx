import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScriptEditResult } from '@shared/scripts/editing/script-edit-result';
import { stepNameText, type ScriptNames } from './issue-sentence';

/** Why the last add or remove was refused, in the supervisor's language, naming the steps in the way by title when the names are known. */
export function EditRefusal({ result, names }: { result: ScriptEditResult | null; names?: ScriptNames }) {
  const { t } = useTranslation();
  if (result === null || result.ok) return null;
  const steps = result.steps.map((id) => stepNameText(t, id, names?.step(id))).join(', ');
  return (
    <Alert color="red" variant="light" p="xs" role="alert" data-testid="script-form-refusal">
      {t(`scriptEditor.form.refused.${result.problem}`, { steps })}
    </Alert>
  );
}
