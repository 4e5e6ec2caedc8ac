import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addStep } from '@shared/scripts/editing/add-step';
import type { ScriptEditResult } from '@shared/scripts/editing/script-edit-result';
import { localText } from '@shared/scripts/local-text';
import { scriptStepSchema, type ScriptBody, type StepType } from '@shared/scripts/script-schema';
import { useUiLanguage } from '../../ui/use-ui-language';
import { EditRefusal } from './EditRefusal';

const stepTypes: readonly StepType[] = scriptStepSchema.options.map((option) => option.shape.type.value);

/** A new step: its type, its id and the section it joins (at the end); the form then opens it. */
export function AddStepForm({ body, onAdded }: { body: ScriptBody; onAdded(body: ScriptBody, stepId: string): void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const id = useId();
  const [section, setSection] = useState(body.sections[0]?.id ?? '');
  const [type, setType] = useState<StepType>('say');
  const [stepId, setStepId] = useState('');
  const [refusal, setRefusal] = useState<ScriptEditResult | null>(null);
  const add = () => {
    const result = addStep(body, section, stepId.trim(), type);
    setRefusal(result);
    if (!result.ok) return;
    onAdded(result.body, stepId.trim());
    setStepId('');
  };

  return (
    <fieldset className="script-form__add">
      <legend>{t('scriptEditor.form.newStep')}</legend>
      <label>
        {t('scriptEditor.form.section')}{' '}
        <select value={section} onChange={(event) => setSection(event.target.value)}>
          {body.sections.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {localText(candidate.title, language)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('scriptEditor.form.type')}{' '}
        <select value={type} onChange={(event) => setType(stepTypes.find((candidate) => candidate === event.target.value) ?? type)}>
          {stepTypes.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`scriptEditor.form.stepType.${candidate}`)}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-step`}>{t('scriptEditor.form.stepId')}</label>
      <input id={`${id}-step`} type="text" value={stepId} onChange={(event) => setStepId(event.target.value)} />
      <button type="button" className="button" onClick={add}>
        {t('scriptEditor.form.addStep')}
      </button>
      <EditRefusal result={refusal} />
    </fieldset>
  );
}
