import { Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tones } from '@shared/domain/customer';
import { moveStep } from '@shared/scripts/editing/move-step';
import { removeStep } from '@shared/scripts/editing/remove-step';
import type { ScriptEditResult } from '@shared/scripts/editing/script-edit-result';
import { updateStep } from '@shared/scripts/editing/update-step';
import { withNext } from '@shared/scripts/editing/with-next';
import { withText, type TextPlace } from '@shared/scripts/editing/with-text';
import type { ScriptIssue } from '@shared/scripts/script-issue';
import type { ScriptBody, ScriptStep, ScriptText } from '@shared/scripts/script-schema';
import { EditRefusal } from './EditRefusal';
import { FieldStepInputs } from './FieldStepInputs';
import { QuestionAnswers } from './QuestionAnswers';
import { stepNameText, type ScriptNames } from './issue-sentence';
import { ScriptIssues } from './ScriptIssues';
import { ScriptTextInputs } from './ScriptTextInputs';
import type { StepOption } from './step-options';
import { StepTargetSelect } from './StepTargetSelect';

interface Props {
  body: ScriptBody;
  step: ScriptStep;
  names: ScriptNames;
  targets: readonly StepOption[];
  /** The validator's findings for this step, shown beside its fields. */
  issues: ScriptIssue[];
  onChange(body: ScriptBody): void;
}

/** The selected step's own fields, following its type in the script schema, with what is wrong with it and its removal. */
export function StepEditor({ body, step, names, targets, issues, onChange }: Props) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<ScriptEditResult | null>(null);
  const edit = (change: (current: ScriptStep) => ScriptStep) => onChange(updateStep(body, step.id, change));
  const texts = (legend: string, place: TextPlace, multiline: boolean, text: ScriptText) => (
    <ScriptTextInputs legend={legend} text={text} languages={body.languages} multiline={multiline} onChange={(language, value) => edit((current) => withText(current, place, language, value))} />
  );
  const remove = () => {
    const result = removeStep(body, step.id);
    setRefusal(result);
    if (result.ok) onChange(result.body);
  };

  return (
    <fieldset className="script-form__step" data-testid="script-form-step" data-step={step.id}>
      <legend>{t('scriptEditor.form.stepLegend', { name: stepNameText(t, step.id, names.step(step.id)), type: t(`scriptEditor.form.stepType.${step.type}`) })}</legend>
      <Text size="xs" c="dimmed">
        {t('scriptEditor.form.stepIdIs', { id: step.id })}
      </Text>
      {issues.length > 0 && <ScriptIssues issues={issues} names={names} />}
      {step.type !== 'knowledge' && texts(t('scriptEditor.form.stepTitle'), { of: 'title' }, false, step.title ?? {})}
      {(step.type === 'say' || step.type === 'question') && tones.map((tone) => <div key={tone}>{texts(t(`scriptEditor.form.tone.${tone}`), { of: 'phrase', tone }, true, step.text[tone])}</div>)}
      {step.type === 'question' && <QuestionAnswers body={body} question={step} targets={targets} onChange={onChange} />}
      {step.type === 'field' && <FieldStepInputs body={body} field={step} edit={edit} />}
      {step.type === 'checkpoint' && texts(t('scriptEditor.form.checkpoint'), { of: 'label' }, false, step.label)}
      {step.type === 'knowledge' && (
        <>
          {texts(t('scriptEditor.form.knowledgeTitle'), { of: 'title' }, false, step.title)}
          {texts(t('scriptEditor.form.knowledgeText'), { of: 'body' }, true, step.text)}
          <TextInput type="url" label={t('scriptEditor.form.knowledgeUrl')} value={step.url ?? ''} onChange={(event) => edit(() => ({ ...step, url: event.target.value === '' ? undefined : event.target.value }))} />
        </>
      )}
      {step.type !== 'question' && <StepTargetSelect label={t('scriptEditor.form.next')} value={step.next} targets={targets} optional onChange={(next) => edit((current) => withNext(current, next))} />}
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={() => onChange(moveStep(body, step.id, -1))}>
          {t('scriptEditor.form.moveUp')}
        </Button>
        <Button variant="default" size="xs" onClick={() => onChange(moveStep(body, step.id, 1))}>
          {t('scriptEditor.form.moveDown')}
        </Button>
        <Button variant="light" color="red" size="xs" onClick={remove}>
          {t('scriptEditor.form.removeStep')}
        </Button>
      </Group>
      <EditRefusal result={refusal} names={names} />
    </fieldset>
  );
}
