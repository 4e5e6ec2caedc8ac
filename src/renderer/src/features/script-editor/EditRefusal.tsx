import { useTranslation } from 'react-i18next';
import type { ScriptEditResult } from '@shared/scripts/editing/script-edit-result';

/** Why the last add or remove was refused, in the supervisor's language, naming the steps in the way. */
export function EditRefusal({ result }: { result: ScriptEditResult | null }) {
  const { t } = useTranslation();
  if (result === null || result.ok) return null;
  return (
    <p role="alert" className="script-issues" data-testid="script-form-refusal">
      {t(`scriptEditor.form.refused.${result.problem}`, { steps: result.steps.join(', ') })}
    </p>
  );
}
