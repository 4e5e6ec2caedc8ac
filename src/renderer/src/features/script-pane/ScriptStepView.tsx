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
                <button type="button" className="button" aria-pressed={value === answer.id} onClick={() => onAnswer(answer.id)} data-testid="script-answer">
                  {localText(answer.label, language)}
                </button>
              </li>
            ))}
          </ul>
        </>
      );
    case 'field':
      return (
        <div className="script-field">
          <label htmlFor={inputId}>
            {localText(step.label, language)}
            {step.required && <span className="script-required"> {t('script.required')}</span>}
          </label>
          {step.kind === 'choice' ? (
            <select id={inputId} value={value} required={step.required} onChange={(event) => onValue(step.id, event.target.value)} data-testid="script-field">
              <option value="">{t('script.choose')}</option>
              {step.options?.map((option) => (
                <option key={option.id} value={option.id}>
                  {localText(option.label, language)}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={inputId}
              type={step.kind}
              value={value}
              required={step.required}
              aria-invalid={step.required && value === ''}
              onChange={(event) => onValue(step.id, event.target.value)}
              data-testid="script-field"
            />
          )}
        </div>
      );
    case 'checkpoint':
      return (
        <label className="script-checkpoint">
          <input type="checkbox" checked={walk.ticked.includes(step.id)} onChange={(event) => onTick(step.id, event.target.checked)} data-testid="script-checkpoint" />{' '}
          {localText(step.label, language)}
        </label>
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
