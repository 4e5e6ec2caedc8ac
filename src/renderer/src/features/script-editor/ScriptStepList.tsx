import { useTranslation } from 'react-i18next';
import { localText } from '@shared/scripts/local-text';
import type { ScriptBody } from '@shared/scripts/script-schema';
import { useUiLanguage } from '../../ui/use-ui-language';

interface Props {
  body: ScriptBody;
  selected: string | undefined;
  /** Steps the validator has something to say about, marked in the list so they can be found. */
  withIssues: ReadonlySet<string>;
  onSelect(stepId: string): void;
}

/** The script's sections and their steps in order; choosing a step opens it in the form. */
export function ScriptStepList({ body, selected, withIssues, onSelect }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <nav className="script-form__list" aria-label={t('scriptEditor.form.steps')}>
      {body.sections.map((section) => (
        <section key={section.id} aria-label={localText(section.title, language)}>
          <h4>{localText(section.title, language)}</h4>
          <ol>
            {section.steps.map((step) => (
              <li key={step.id}>
                <button type="button" className="button button--ghost" aria-current={step.id === selected ? 'step' : undefined} onClick={() => onSelect(step.id)}>
                  {step.id} · {t(`scriptEditor.form.stepType.${step.type}`)}
                  {withIssues.has(step.id) && <span className="script-issues"> ⚠ {t('scriptEditor.form.needsAttention')}</span>}
                </button>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </nav>
  );
}
