import { useCallback, useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '@shared/contract/error';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useContract } from '../../ui/contract-context';
import { useAgentName } from '../../ui/use-agent-name';
import { useUiLanguage } from '../../ui/use-ui-language';
import { useAgent, useCallContexts } from '../phone/phone-context';
import { NoteDraftField } from './NoteDraftField';
import { PromiseFieldsInputs } from './PromiseFieldsInputs';
import { useScriptAnswers } from '../script-pane/use-script-answers';
import { ScriptAnswers } from './ScriptAnswers';
import { forgetDraft } from './draft-journal';
import { emptyPromiseInput, readPromiseInput, type PromiseInput, type PromiseProblem } from './promise-input';
import { usePrefilledField } from './use-prefilled-field';
import { useWrapUpCodes } from './use-wrap-up-codes';
import { useWrapUpDraft } from './use-wrap-up-draft';
import type { WrapUpTarget } from './wrap-up-target';

/**
 * Disposition, root causes, what the customer wanted and what we offered,
 * the note and the promises: one call's wrap-up. Rendered keyed by the call.
 * All of it is drafted as it is typed; nothing typed is dropped when saving is refused.
 */
export function WrapUpForm({ target, onSaved }: { target: WrapUpTarget; onSaved(interactionId: number): void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const contract = useContract();
  const agent = useAgent();
  const agentName = useAgentName();
  const codes = useWrapUpCodes();
  const draft = useWrapUpDraft(target.interactionId, target.draft);
  const { dispositionCode, rootCauses, customerWanted, weOffered, promises } = draft.value;
  const change = draft.change;
  const scriptAnswers = useScriptAnswers(target.interactionId);
  usePrefilledField(scriptAnswers, 'customer-wanted', customerWanted, useCallback((value: string) => change({ customerWanted: value }), [change]));
  usePrefilledField(scriptAnswers, 'we-offered', weOffered, useCallback((value: string) => change({ weOffered: value }), [change]));
  const [problems, setProblems] = useState<(PromiseProblem | null)[]>([]);
  const [error, setError] = useState<ContractError | null>(null);
  const [saving, setSaving] = useState(false);

  const toggleCause = (code: string, on: boolean) =>
    change((current) => ({ rootCauses: on ? [...current.rootCauses, code] : current.rootCauses.filter((cause) => cause !== code) }));
  const setPromises = (edit: (list: PromiseInput[]) => PromiseInput[]) => change((current) => ({ promises: edit(current.promises) }));
  const setPromise = (index: number, next: PromiseInput) => setPromises((list) => list.map((promise, at) => (at === index ? next : promise)));
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
    <form className="wrap-up-form" onSubmit={submit} onKeyDown={saveByKey} data-testid="wrap-up-form" data-interaction={target.interactionId}>
      <ScriptAnswers answers={scriptAnswers} />
      <NoteDraftField draft={draft} />
      <label className="field">
        {t('wrapUp.disposition')}
        <select value={dispositionCode ?? ''} onChange={(event) => change({ dispositionCode: event.target.value || null })} data-testid="wrap-up-disposition">
          <option value="">{t('wrapUp.noDisposition')}</option>
          {codes.dispositions.map((code) => (
            <option key={code.code} value={code.code}>
              {code.label[language]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="wrap-up-causes">
        <legend>{t('wrapUp.rootCauses')}</legend>
        {codes.rootCauses.map((code) => (
          <label key={code.code} className="checkbox">
            <input type="checkbox" checked={rootCauses.includes(code.code)} onChange={(event) => toggleCause(code.code, event.target.checked)} value={code.code} />
            {code.label[language]}
          </label>
        ))}
      </fieldset>
      <label className="field">
        {t('wrapUp.customerWanted')}
        <textarea rows={2} value={customerWanted} onChange={(event) => change({ customerWanted: event.target.value })} data-testid="wrap-up-wanted" />
      </label>
      <label className="field">
        {t('wrapUp.weOffered')}
        <span className="muted">{t('wrapUp.weOfferedHint')}</span>
        <textarea rows={2} value={weOffered} onChange={(event) => change({ weOffered: event.target.value })} data-testid="wrap-up-offered" />
      </label>
      <fieldset className="wrap-up-promises">
        <legend>{t('wrapUp.promises')}</legend>
        {promises.map((promise, index) => (
          <div key={index} className="wrap-up-promise">
            <PromiseFieldsInputs value={promise} onChange={(next) => setPromise(index, next)} problem={problems[index] ?? null} />
            <button type="button" className="button" onClick={() => setPromises((list) => list.filter((_, at) => at !== index))}>
              {t('wrapUp.removePromise')}
            </button>
          </div>
        ))}
        <button type="button" className="button" onClick={() => setPromises((list) => [...list, emptyPromiseInput(agentName)])} data-testid="wrap-up-add-promise">
          {t('wrapUp.addPromise')}
        </button>
      </fieldset>
      {error && <ErrorNotice error={error} />}
      <button type="submit" className="button button--primary" disabled={saving || target.live} aria-keyshortcuts="Control+Enter" data-testid="wrap-up-save">
        {target.live ? t('wrapUp.saveAfterCall') : t('wrapUp.save')}
      </button>
    </form>
  );
}
