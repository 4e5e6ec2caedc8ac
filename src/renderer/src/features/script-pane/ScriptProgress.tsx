import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/domain/language';
import { localText } from '@shared/scripts/local-text';
import { indexSteps } from '@shared/scripts/script-graph';
import { capturedAnswers } from '@shared/scripts/script-run';
import type { ScriptBody, ScriptStep } from '@shared/scripts/script-schema';
import { outstanding, type ScriptWalk } from '@shared/scripts/script-walker';

function stepLabel(step: ScriptStep | undefined, language: Language): string {
  if (step?.type === 'field' || step?.type === 'checkpoint') return localText(step.label, language);
  return step?.id ?? '';
}

/** What was answered so far, and what the sections reached so far still require. */
export function ScriptProgress({ body, walk, language, mandatoryId }: { body: ScriptBody; walk: ScriptWalk; language: Language; mandatoryId: string }) {
  const { t } = useTranslation();
  const answers = capturedAnswers(body, walk, language).filter((answer) => answer.kind !== 'checkpoint');
  const { requiredFields, checkpoints } = outstanding(body, walk, 'sections-reached');
  const index = indexSteps(body);
  const mandatory = [...requiredFields, ...checkpoints];
  return (
    <div className="script-progress">
      {answers.length > 0 && (
        <section aria-label={t('script.answered')}>
          <h4>{t('script.answered')}</h4>
          <dl className="script-answered" data-testid="script-answered">
            {answers.map((answer) => (
              <div key={answer.stepId}>
                <dt>{answer.kind === 'question' ? t('script.branch') : answer.label}</dt>
                <dd>{answer.shown}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {mandatory.length > 0 && (
        <section aria-label={t('script.stillMandatory')}>
          <h4>{t('script.stillMandatory')}</h4>
          <ul id={mandatoryId} className="script-mandatory" data-testid="script-mandatory">
            {mandatory.map((stepId) => (
              <li key={stepId}>{stepLabel(index.get(stepId)?.step, language)}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
