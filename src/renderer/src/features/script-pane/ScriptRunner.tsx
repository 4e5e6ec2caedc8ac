import { Button } from '@mantine/core';
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tone } from '@shared/domain/customer';
import type { Language } from '@shared/domain/language';
import { localText } from '@shared/scripts/local-text';
import type { PlaceholderValues } from '@shared/scripts/placeholders';
import { findSection } from '@shared/scripts/script-graph';
import type { ScriptBody } from '@shared/scripts/script-schema';
import { advance, canAdvance, canFinish, chooseAnswer, currentStep, goBack, jumpToSection, setTicked, setValue, type ScriptWalk } from '@shared/scripts/script-walker';
import { ScriptProgress } from './ScriptProgress';
import { ScriptStepView } from './ScriptStepView';
import { scriptShortcutLabel, type ScriptShortcut } from './script-shortcuts';
import { useScriptShortcuts } from './use-script-shortcuts';

export interface ScriptRunnerProps {
  body: ScriptBody;
  language: Language;
  tone: Tone;
  values: PlaceholderValues;
  walk: ScriptWalk;
  onWalk(walk: ScriptWalk): void;
  /** Given for a live call; the editor's preview walks without finishing. */
  onFinish?(): void;
  finished?: boolean;
  /** Only the live pane takes the keys; a preview must not answer them behind its dialog. */
  keyboard: boolean;
}

/** A script as the agent sees it: sections to jump to, the current step, back/next, and what is answered and still mandatory. */
export function ScriptRunner({ body, language, tone, values, walk, onWalk, onFinish, finished = false, keyboard }: ScriptRunnerProps) {
  const { t } = useTranslation();
  const mandatoryId = useId();
  const { step, section } = currentStep(body, walk);
  const complaint = findSection(body, 'complaint');
  const deEscalation = findSection(body, 'de-escalation');

  const onShortcut = useCallback(
    (shortcut: ScriptShortcut) => {
      if (!keyboard) return;
      if (shortcut === 'back') onWalk(goBack(walk));
      if (shortcut === 'next') onWalk(advance(body, walk));
      if (shortcut === 'complaint' && complaint) onWalk(jumpToSection(body, walk, complaint.id));
      if (shortcut === 'deEscalation' && deEscalation) onWalk(jumpToSection(body, walk, deEscalation.id));
    },
    [keyboard, body, walk, onWalk, complaint, deEscalation],
  );
  useScriptShortcuts(onShortcut);

  const shortcutOf = (id: string) => (id === complaint?.id ? 'complaint' : id === deEscalation?.id ? 'deEscalation' : null);
  return (
    <div className="script-runner" data-testid="script-runner" data-step={step.id}>
      <nav aria-label={t('script.sections')}>
        <ul className="script-sections">
          {body.sections.map((candidate) => {
            const shortcut = shortcutOf(candidate.id);
            return (
              <li key={candidate.id}>
                <Button
                  size="xs"
                  variant={candidate === section ? 'light' : 'default'}
                  className={`script-section script-section--${candidate.kind}`}
                  aria-current={candidate === section ? 'step' : undefined}
                  aria-keyshortcuts={shortcut && keyboard ? scriptShortcutLabel(shortcut) : undefined}
                  title={shortcut ? scriptShortcutLabel(shortcut) : undefined}
                  onClick={() => onWalk(jumpToSection(body, walk, candidate.id))}
                  data-testid={`script-section-${candidate.kind}`}
                >
                  {localText(candidate.title, language)}
                </Button>
              </li>
            );
          })}
        </ul>
      </nav>
      <article className="script-step" aria-live="polite" aria-label={localText(section.title, language)} data-testid="script-step">
        <h3 className="script-step__section">{localText(section.title, language)}</h3>
        <ScriptStepView
          step={step}
          walk={walk}
          language={language}
          tone={tone}
          values={values}
          onAnswer={(answerId) => onWalk(chooseAnswer(body, walk, answerId))}
          onValue={(stepId, value) => onWalk(setValue(walk, stepId, value))}
          onTick={(stepId, ticked) => onWalk(setTicked(walk, stepId, ticked))}
        />
      </article>
      <div className="script-moves">
        <Button variant="default" disabled={walk.path.length < 2} onClick={() => onWalk(goBack(walk))} aria-keyshortcuts={keyboard ? scriptShortcutLabel('back') : undefined} data-testid="script-back">
          {t('script.back')}
        </Button>
        <Button variant="default" disabled={!canAdvance(body, walk)} onClick={() => onWalk(advance(body, walk))} aria-keyshortcuts={keyboard ? scriptShortcutLabel('next') : undefined} data-testid="script-next">
          {t('script.next')}
        </Button>
        {onFinish && (
          <Button disabled={finished || !canFinish(body, walk)} onClick={onFinish} aria-describedby={mandatoryId} data-testid="script-finish">
            {finished ? t('script.finished') : t('script.finish')}
          </Button>
        )}
      </div>
      <ScriptProgress body={body} walk={walk} language={language} mandatoryId={mandatoryId} />
      {keyboard && (
        <p className="muted script-keys">
          {t('script.keysHint', {
            complaint: scriptShortcutLabel('complaint'),
            deEscalation: scriptShortcutLabel('deEscalation'),
            back: scriptShortcutLabel('back'),
            next: scriptShortcutLabel('next'),
          })}
        </p>
      )}
    </div>
  );
}
