import { Button, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerProfile, Tone } from '@shared/domain/customer';
import { chooseScript } from '@shared/scripts/choose-script';
import { localText, scriptLanguage } from '@shared/scripts/local-text';
import type { ScriptRun } from '@shared/scripts/script-run';
import type { StoredScript } from '@shared/scripts/script-schema';
import { canFinish, startWalk, type ScriptWalk } from '@shared/scripts/script-walker';
import type { CallContext } from '../../core/calls/call-contexts';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useUiLanguage } from '../../ui/use-ui-language';
import { callPlaceholders } from './call-placeholders';
import { ScriptRunner } from './ScriptRunner';
import { useRunSaver } from './use-run-saver';

interface CallScriptProps {
  call: CallContext & { interactionId: number };
  /** The newest versions when the call started: a version saved during the call applies from the next one. */
  scripts: StoredScript[];
  /** What was already saved for this call (the console was reloaded mid-call). */
  saved: ScriptRun | null;
  customer: CustomerProfile | null;
  agentName: string | null;
}

interface Choice {
  /** The script the agent is on; null follows the rules until the agent first does something. */
  slug: string | null;
  /** Null follows the customer's preference. */
  tone: Tone | null;
  walk: ScriptWalk | null;
  finished: boolean;
}

/** The call's script: chosen by the rules, switchable, in the customer's tone, saved with the call as the agent goes. */
export function CallScript({ call, scripts, saved, customer, agentName }: CallScriptProps) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const { save, error } = useRunSaver();
  const [choice, setChoice] = useState<Choice>(() =>
    saved ? { slug: saved.slug, tone: saved.tone, walk: saved.walk, finished: saved.finishedAt !== null } : { slug: null, tone: null, walk: null, finished: false },
  );
  const facts = { direction: call.direction, number: call.dialed || null, tier: customer?.tier ?? null };
  const script = scripts.find((candidate) => candidate.slug === choice.slug) ?? chooseScript(scripts, facts) ?? scripts[0];
  if (!script) return <p className="empty-state">{t('script.none')}</p>;
  const { body } = script;
  const language = scriptLanguage(body, customer?.preferredLanguage, uiLanguage);
  const tone = choice.tone ?? customer?.preferredTone ?? body.defaultTone;
  const walk = choice.walk ?? startWalk(body);

  const commit = (next: Choice, target: StoredScript = script) => {
    setChoice(next);
    save({
      interactionId: call.interactionId,
      scriptId: target.id,
      language: scriptLanguage(target.body, customer?.preferredLanguage, uiLanguage),
      tone: next.tone ?? tone,
      walk: next.walk ?? startWalk(target.body),
      finished: next.finished,
    });
  };
  const switchTo = (slug: string) => {
    const target = scripts.find((candidate) => candidate.slug === slug);
    if (target) commit({ slug, tone: choice.tone, walk: null, finished: false }, target);
  };
  const pinned = { slug: script.slug, tone };
  // A change after finishing keeps the run finished only while it still could be.
  const onWalk = (next: ScriptWalk) => commit({ ...pinned, walk: next, finished: choice.finished && canFinish(body, next) });

  return (
    <div className="call-script" data-testid="call-script" data-script={script.slug} data-version={script.version}>
      <div className="call-script__bar">
        <NativeSelect
          size="xs"
          label={t('script.switch')}
          className="call-script__select"
          value={script.slug}
          onChange={(event) => switchTo(event.currentTarget.value)}
          data={scripts.map((candidate) => ({ value: candidate.slug, label: localText(candidate.body.title, language) }))}
          data-testid="script-select"
        />
        {/* A toggle: filled with a tick while on, outlined while off — never the same look both ways. */}
        <Button
          size="xs"
          variant={tone === 'formal' ? 'filled' : 'default'}
          leftSection={<span aria-hidden="true">{tone === 'formal' ? '✓' : '○'}</span>}
          aria-pressed={tone === 'formal'}
          onClick={() => commit({ ...pinned, tone: tone === 'formal' ? 'friendly' : 'formal', walk, finished: choice.finished })}
          data-testid="script-tone"
          data-tone={tone}
        >
          {t('script.formalTone')}
        </Button>
      </div>
      {error && <ErrorNotice error={error} />}
      <ScriptRunner
        body={body}
        language={language}
        tone={tone}
        values={callPlaceholders(customer, agentName, call.remote, language, call.promisesMade)}
        walk={walk}
        onWalk={onWalk}
        finished={choice.finished}
        onFinish={() => commit({ ...pinned, walk, finished: true })}
        keyboard
      />
    </div>
  );
}
