import { Button, Checkbox, NativeSelect, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tone } from '@shared/domain/customer';
import type { Language } from '@shared/domain/language';
import { localText, spokenText } from '@shared/scripts/local-text';
import type { PlaceholderValues } from '@shared/scripts/placeholders';
import type { ScriptStep } from '@shared/scripts/script-schema';
import { isSafeLink } from '@shared/scripts/safe-link';
import type { ScriptWalk } from '@shared/scripts/script-walker';
import { Phrase } from './Phrase';

export interface StepActions {
  onAnswer(answerId: string): void;
  onValue(stepId: string, value: string): void;
  onTick(stepId: string, ticked: boolean): void;
}

interface ScriptStepViewProps extends StepActions {
  step: ScriptStep;
  walk: ScriptWalk;
  language: Language;
  tone: Tone;
  values: PlaceholderValues;
}

/** The step the agent is on: what to say, the customer's possible answers, a field to fill, a checkpoint, a snippet. */
export function ScriptStepView({ step, walk, language, tone, values, onAnswer, onValue, onTick }: ScriptStepViewProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const value = walk.values[step.id] ?? '';
  switch (step.type) {
    case 'say':
      return <Phrase text={spokenText(step.text, tone, language)} values={values} />;
    case 'question':
      return (
        <>
          <Phrase text={spokenText(step.text, tone, language)} values={values} />
          <ul className="script-answers" aria-label={t('script.answers')}>
            {step.answers.map((answer) => (
              <li key={answer.id}>
                <Button size="xs" variant={value === answer.id ? 'filled' : 'default'} aria-pressed={value === answer.id} onClick={() => onAnswer(answer.id)} data-testid="script-answer">
                  {localText(answer.label, language)}
                </Button>
              </li>
            ))}
          </ul>
        </>
      );
    case 'field': {
      const label = (
        <>
          {localText(step.label, language)}
          {step.required && <span className="script-required"> {t('script.required')}</span>}
        </>
      );
      return (
        <div className="script-field">
          {step.kind === 'choice' ? (
            <NativeSelect id={inputId} label={label} withAsterisk={false} value={value} required={step.required} onChange={(event) => onValue(step.id, event.currentTarget.value)} data-testid="script-field">
              <option value="">{t('script.choose')}</option>
              {step.options?.map((option) => (
                <option key={option.id} value={option.id}>
                  {localText(option.label, language)}
                </option>
              ))}
            </NativeSelect>
          ) : (
            <TextInput
              id={inputId}
              label={label}
              withAsterisk={false}
              type={step.kind}
              value={value}
              required={step.required}
              error={step.required && value === ''}
              onChange={(event) => onValue(step.id, event.currentTarget.value)}
              data-testid="script-field"
            />
          )}
        </div>
      );
    }
    case 'checkpoint':
      return (
        <Checkbox
          className="script-checkpoint"
          label={localText(step.label, language)}
          checked={walk.ticked.includes(step.id)}
          onChange={(event) => onTick(step.id, event.currentTarget.checked)}
          data-testid="script-checkpoint"
        />
      );
    case 'knowledge':
      return (
        <aside className="script-knowledge" aria-label={t('script.knowledge')}>
          <h4>{localText(step.title, language)}</h4>
          <p>{localText(step.text, language)}</p>
          {step.url && isSafeLink(step.url) && (
            <a href={step.url} target="_blank" rel="noreferrer">
              {t('script.openArticle')}
            </a>
          )}
        </aside>
      );
  }
}
