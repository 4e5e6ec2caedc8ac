import { useTranslation } from 'react-i18next';
import { useAgentName } from '../../ui/use-agent-name';
import { useUiLanguage } from '../../ui/use-ui-language';
import { PromiseFieldsInputs } from './PromiseFieldsInputs';
import { emptyPromiseInput, type PromiseInput, type PromiseProblem } from './promise-input';
import { useWrapUpCodes } from './use-wrap-up-codes';
import type { WrapUpDraftState } from './use-wrap-up-draft';

/** The wrap-up beyond the note: disposition, root causes, wanted and offered, the promises made. */
export function WrapUpDetails({ draft, problems }: { draft: WrapUpDraftState; problems: readonly (PromiseProblem | null)[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const agentName = useAgentName();
  const codes = useWrapUpCodes();
  const { dispositionCode, rootCauses, customerWanted, weOffered, promises } = draft.value;
  const change = draft.change;
  const toggleCause = (code: string, on: boolean) =>
    change((current) => ({ rootCauses: on ? [...current.rootCauses, code] : current.rootCauses.filter((cause) => cause !== code) }));
  const setPromises = (edit: (list: PromiseInput[]) => PromiseInput[]) => change((current) => ({ promises: edit(current.promises) }));
  const setPromise = (index: number, next: PromiseInput) => setPromises((list) => list.map((promise, at) => (at === index ? next : promise)));

  return (
    <>
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
    </>
  );
}
