import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapturedAnswer } from '@shared/domain/captured-answer';

/** What the call's script captured, beside the wrap-up: the agent writes the note with it in view. */
export function ScriptAnswers({ answers }: { answers: readonly CapturedAnswer[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  if (answers.length === 0) return null;
  return (
    <section className="wrap-up-script" aria-labelledby={titleId} data-testid="wrap-up-script-answers">
      <h3 id={titleId}>{t('wrapUp.scriptAnswers')}</h3>
      <dl className="script-answered">
        {answers.map((answer) => (
          <div key={answer.stepId}>
            <dt>{answer.label}</dt>
            <dd>{answer.shown}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
