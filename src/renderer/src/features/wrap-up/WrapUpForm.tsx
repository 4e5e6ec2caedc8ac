import { Button, Group, Stack } from '@mantine/core';
import { useCallback, useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '@shared/contract/error';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useContract } from '../../ui/contract-context';
import { useAgentName } from '../../ui/use-agent-name';
import { useAgent, useCallContexts } from '../phone/phone-context';
import { NoteDraftField } from './NoteDraftField';
import { useScriptAnswers } from '../script-pane/use-script-answers';
import { ScriptAnswers } from './ScriptAnswers';
import { forgetDraft } from './draft-journal';
import { readPromiseInput, type PromiseProblem } from './promise-input';
import { usePrefilledField } from './use-prefilled-field';
import { useWrapUpDraft } from './use-wrap-up-draft';
import { WrapUpDetails } from './WrapUpDetails';
import type { WrapUpTarget } from './wrap-up-target';
import type { WrapUpDraft } from '@shared/domain/wrap-up';

/** Something beyond the note is already filled in (a draft brought back after a restart, say): keep it in view. */
function hasDetails(draft: WrapUpDraft): boolean {
  return draft.dispositionCode !== null || draft.rootCauses.length > 0 || draft.promises.length > 0;
}

/**
 * Disposition, root causes, what the customer wanted and what we offered,
 * the note and the promises: one call's wrap-up. Rendered keyed by the call.
 * All of it is drafted as it is typed; nothing typed is dropped when saving is refused.
 * While the call goes on only the note is open (the rest waits below one
 * button): codes and promises are filled when the call is over, or earlier
 * when the agent asks for them.
 */
export function WrapUpForm({ target, onSaved }: { target: WrapUpTarget; onSaved(interactionId: number): void }) {
  const { t } = useTranslation();
  const contract = useContract();
  const agent = useAgent();
  const agentName = useAgentName();
  const draft = useWrapUpDraft(target.interactionId, target.draft);
  const { dispositionCode, rootCauses, customerWanted, weOffered, promises } = draft.value;
  const change = draft.change;
  const scriptAnswers = useScriptAnswers(target.interactionId);
  usePrefilledField(scriptAnswers, 'customer-wanted', customerWanted, useCallback((value: string) => change({ customerWanted: value }), [change]));
  usePrefilledField(scriptAnswers, 'we-offered', weOffered, useCallback((value: string) => change({ weOffered: value }), [change]));
  const [problems, setProblems] = useState<(PromiseProblem | null)[]>([]);
  const [error, setError] = useState<ContractError | null>(null);
  const [saving, setSaving] = useState(false);
  const [detailsAsked, setDetailsAsked] = useState(false);
  const detailsOpen = !target.live || detailsAsked || hasDetails(draft.value);

  // The script's closing sums up what was promised on the call, as it is typed.
  const calls = useCallContexts();
  useEffect(() => {
    const made = promises.map(readPromiseInput).flatMap((read) => (read.ok ? [read.value] : []));
    calls.notePromisesMade(target.interactionId, made);
  }, [calls, promises, target.interactionId]);

  const save = async () => {
    if (saving || target.live) return;
    const read = promises.map(readPromiseInput);
    setProblems(read.map((result) => (result.ok ? null : result.problem)));
    const valid = read.flatMap((result) => (result.ok ? [result.value] : []));
    if (valid.length < read.length) return;
    setSaving(true);
    setError(null);
    const result = await contract.call('wrap-up.save', {
      interactionId: target.interactionId,
      dispositionCode,
      rootCauses,
      customerWanted,
      weOffered,
      note: draft.value.note,
      author: agentName ?? t('wrapUp.unnamedAgent'),
      promises: valid,
    });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    draft.settle();
    forgetDraft(target.interactionId);
    if (dispositionCode) agent.dispositionRecorded();
    if (target.current) agent.finishWrapUp();
    onSaved(target.interactionId);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  // Ctrl+Enter saves from any field, the notes included (where Enter is a new line).
  const saveByKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <Stack component="form" gap="sm" className="wrap-up-form" onSubmit={submit} onKeyDown={saveByKey} data-testid="wrap-up-form" data-interaction={target.interactionId}>
      <ScriptAnswers answers={scriptAnswers} />
      <NoteDraftField draft={draft} />
      {!detailsOpen && (
        <Button variant="default" aria-expanded={false} onClick={() => setDetailsAsked(true)} data-testid="wrap-up-details">
          {t('wrapUp.detailsNow')}
        </Button>
      )}
      {detailsOpen && <WrapUpDetails draft={draft} problems={problems} />}
      {error && <ErrorNotice error={error} />}
      <Group>
        <Button type="submit" disabled={target.live} loading={saving} aria-keyshortcuts="Control+Enter" data-testid="wrap-up-save">
          {target.live ? t('wrapUp.saveAfterCall') : t('wrapUp.save')}
        </Button>
      </Group>
    </Stack>
  );
}
