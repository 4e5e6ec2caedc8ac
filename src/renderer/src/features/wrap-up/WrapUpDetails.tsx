import { Button, Checkbox, Fieldset, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
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
      <NativeSelect
        label={t('wrapUp.disposition')}
        value={dispositionCode ?? ''}
        onChange={(event) => change({ dispositionCode: event.currentTarget.value || null })}
        data={[{ value: '', label: t('wrapUp.noDisposition') }, ...codes.dispositions.map((code) => ({ value: code.code, label: code.label[language] }))]}
        data-testid="wrap-up-disposition"
      />
      <Fieldset legend={t('wrapUp.rootCauses')} className="wrap-up-causes">
        <Group gap="xs">
          {codes.rootCauses.map((code) => (
            <Checkbox
              key={code.code}
              label={code.label[language]}
              checked={rootCauses.includes(code.code)}
              onChange={(event) => toggleCause(code.code, event.currentTarget.checked)}
              value={code.code}
            />
          ))}
        </Group>
      </Fieldset>
      <Textarea label={t('wrapUp.customerWanted')} rows={2} value={customerWanted} onChange={(event) => change({ customerWanted: event.currentTarget.value })} data-testid="wrap-up-wanted" />
      <Textarea
        label={t('wrapUp.weOffered')}
        description={t('wrapUp.weOfferedHint')}
        rows={2}
        value={weOffered}
        onChange={(event) => change({ weOffered: event.currentTarget.value })}
        data-testid="wrap-up-offered"
      />
      <Fieldset legend={t('wrapUp.promises')} className="wrap-up-promises">
        <Stack gap="sm">
          {promises.map((promise, index) => (
            <div key={index} className="wrap-up-promise">
              <PromiseFieldsInputs value={promise} onChange={(next) => setPromise(index, next)} problem={problems[index] ?? null} />
              <Button variant="default" size="xs" mt={6} onClick={() => setPromises((list) => list.filter((_, at) => at !== index))}>
                {t('wrapUp.removePromise')}
              </Button>
            </div>
          ))}
          <Group>
            <Button variant="default" size="xs" onClick={() => setPromises((list) => [...list, emptyPromiseInput(agentName)])} data-testid="wrap-up-add-promise">
              {t('wrapUp.addPromise')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </>
  );
}
