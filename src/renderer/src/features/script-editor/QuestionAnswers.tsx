import { Button, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addAnswer } from '@shared/scripts/editing/add-answer';
import { removeAnswer } from '@shared/scripts/editing/remove-answer';
import type { ScriptEditResult } from '@shared/scripts/editing/script-edit-result';
import { updateStep } from '@shared/scripts/editing/update-step';
import { withNext } from '@shared/scripts/editing/with-next';
import { withText } from '@shared/scripts/editing/with-text';
import type { ScriptBody, ScriptStep } from '@shared/scripts/script-schema';
import { EditRefusal } from './EditRefusal';
import { ScriptTextInputs } from './ScriptTextInputs';
import type { StepOption } from './step-options';
import { StepTargetSelect } from './StepTargetSelect';

type Question = Extract<ScriptStep, { type: 'question' }>;

interface Props {
  body: ScriptBody;
  question: Question;
  targets: readonly StepOption[];
  onChange(body: ScriptBody): void;
}

/** A question's branches: each answer's label in every language and where it leads; a branch added or removed. */
export function QuestionAnswers({ body, question, targets, onChange }: Props) {
  const { t } = useTranslation();
  const [answerId, setAnswerId] = useState('');
  const [target, setTarget] = useState(targets[0]?.value ?? '');
  const [refusal, setRefusal] = useState<ScriptEditResult | null>(null);
  const edit = (change: (step: ScriptStep) => ScriptStep) => onChange(updateStep(body, question.id, change));
  const add = () => {
    const result = addAnswer(body, question.id, answerId.trim(), target);
    setRefusal(result);
    if (!result.ok) return;
    onChange(result.body);
    setAnswerId('');
  };

  return (
    <fieldset className="script-form__answers">
      <legend>{t('scriptEditor.form.answers')}</legend>
      {question.answers.map((answer) => (
        <fieldset key={answer.id} className="script-form__answer">
          <legend>{t('scriptEditor.form.answer', { id: answer.id })}</legend>
          <ScriptTextInputs
            legend={t('scriptEditor.form.label')}
            text={answer.label}
            languages={body.languages}
            onChange={(language, value) => edit((step) => withText(step, { of: 'answer', id: answer.id }, language, value))}
          />
          <StepTargetSelect label={t('scriptEditor.form.leadsTo')} value={answer.next} targets={targets} optional={false} onChange={(next) => edit((step) => withNext(step, next, answer.id))} />
          <Button variant="default" size="xs" onClick={() => onChange(removeAnswer(body, question.id, answer.id))}>
            {t('scriptEditor.form.removeAnswer', { id: answer.id })}
          </Button>
        </fieldset>
      ))}
      <fieldset className="script-form__add">
        <legend>{t('scriptEditor.form.newAnswer')}</legend>
        <TextInput label={t('scriptEditor.form.answerId')} value={answerId} onChange={(event) => setAnswerId(event.target.value)} />
        <StepTargetSelect label={t('scriptEditor.form.leadsTo')} value={target} targets={targets} optional={false} onChange={(next) => setTarget(next ?? target)} />
        <Button variant="default" size="xs" onClick={add}>
          {t('scriptEditor.form.addAnswer')}
        </Button>
        <EditRefusal result={refusal} />
      </fieldset>
    </fieldset>
  );
}
