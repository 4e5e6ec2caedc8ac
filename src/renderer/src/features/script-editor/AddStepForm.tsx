import { Button, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
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
      <Select
        label={t('scriptEditor.form.section')}
        value={section}
        allowDeselect={false}
        data={body.sections.map((candidate) => ({ value: candidate.id, label: localText(candidate.title, language) }))}
        onChange={(value) => setSection(value ?? section)}
      />
      <Select
        label={t('scriptEditor.form.type')}
        value={type}
        allowDeselect={false}
        data={stepTypes.map((candidate) => ({ value: candidate, label: t(`scriptEditor.form.stepType.${candidate}`) }))}
        onChange={(value) => setType(stepTypes.find((candidate) => candidate === value) ?? type)}
      />
      <TextInput label={t('scriptEditor.form.stepId')} value={stepId} onChange={(event) => setStepId(event.target.value)} />
      <Button variant="default" size="xs" onClick={add}>
        {t('scriptEditor.form.addStep')}
      </Button>
      <EditRefusal result={refusal} />
    </fieldset>
  );
}
